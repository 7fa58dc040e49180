using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Policy;
using PairingDomain.Testing;
using Scalar.AspNetCore;

namespace PairingDomain.Samples.Service;

/// <summary>
/// The assessment service (issue 18): a stateless HTTP front of the packages PairingDomain and PairingDomain.Json. It
/// assesses a posted case with the same writing path as the annual-assessment sample's <c>--json</c> (so the bytes are
/// the same), validates a case, explains one duty, and serves the catalogue of policy editions.
/// </summary>
public static partial class AssessmentService
{
    /// <summary>The media type of every contract document.</summary>
    public const string Json = "application/json";

    /// <summary>The embedded example case, written once on first request (the synthetic Sichuan 2019 province).</summary>
    private static readonly Lazy<byte[]> s_example = new(() => CaseWriter.Write(ExampleCase()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly JsonSerializerOptions s_indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The case the console sample assesses without <c>--case</c>, and the one <c>GET /v1/examples/sichuan-2019</c> serves:
    /// the synthetic Sichuan 2019 province with the stationed cadres' work (pairing-case/2).
    /// </summary>
    public static PairingCase ExampleCase() =>
        SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true });

    /// <summary>
    /// The assessment of <paramref name="pairingCase"/> as the console sample makes it for <c>--json</c>: a year outside
    /// the edition is allowed (EDITION-FOR-2019-ONLY, as the sample does) and the document is
    /// <see cref="AssessmentWriter.Write(AnnualAssessment)"/>'s, pairing-assessment/2 exactly for a pairing-case/2 case.
    /// </summary>
    public static AnnualAssessment Assess(PairingCase pairingCase, CancellationToken cancellationToken) =>
        pairingCase.Assess(new AssessmentOptions(AllowYearOutsideEdition: true), null, cancellationToken);

    /// <summary>Builds the service from command-line <paramref name="args"/> and the <c>Service</c> configuration section.</summary>
    /// <param name="args">The command line (<c>--urls</c> and other host settings).</param>
    /// <param name="settings">The limits; null to read them from configuration.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(string[] args, ServiceSettings? settings = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        settings ??= builder.Configuration.GetSection("Service").Get<ServiceSettings>() ?? new ServiceSettings();
        ServiceSettings limits = settings;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBytes);
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton<RequestGauge>();
        builder.Services.AddProblemDetails();
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = limits.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Request timeout",
                detail: $"The request took longer than {limits.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.")
                .ExecuteAsync(context),
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer<ContractSchemas>());

        WebApplication app = builder.Build();
        // Every failure is a ProblemDetails without the exception's text; a bad request (Kestrel's own 400, 408, 413)
        // keeps its status.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.Use(CountAndLog);
        app.UseRequestTimeouts();

        app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            // The browsable API page, /scalar/v1, over /openapi/v1.json; not in production, as the issue asks.
            app.MapScalarApiReference();
        }
        Map(app);
        settings.MapExtra?.Invoke(app);
        return app;
    }

    /// <summary>Maps the endpoints of the contract.</summary>
    private static void Map(WebApplication app)
    {
        app.MapGet("/health", (RequestGauge gauge) => Results.Json(new Health("healthy", gauge.InProgress)))
            .Produces<JsonElement>(StatusCodes.Status200OK, Json)
            .WithName("Health").WithSummary("Liveness and the requests in progress.");

        MapVersion1(app.MapGroup("/v1"));
    }

    /// <summary>Maps the endpoints under <c>/v1</c>.</summary>
    private static void MapVersion1(RouteGroupBuilder v1)
    {
        v1.MapPost("/assessments", PostAssessment)
            .WithName("Assess").WithSummary("Assesses a pairing-case/1 or /2; answers pairing-assessment of the same version.")
            .Accepts<JsonElement>(Json).Produces<JsonElement>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .Produces<JsonElement>(StatusCodes.Status422UnprocessableEntity, Json);
        v1.MapPost("/cases/validate", PostValidate)
            .WithName("Validate").WithSummary("Checks a case; answers its problems as pairing-errors/1 (none: 200, some: 422).")
            .Accepts<JsonElement>(Json).Produces<JsonElement>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .Produces<JsonElement>(StatusCodes.Status422UnprocessableEntity, Json);
        v1.MapPost("/explanations", PostExplanation)
            .WithName("Explain").WithSummary("Explains one duty of one unit or stationed cadre in zh and en: which activities counted, which not and why.")
            .Accepts<JsonElement>(Json).Produces<JsonElement>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .Produces<JsonElement>(StatusCodes.Status422UnprocessableEntity, Json);
        v1.MapGet("/editions", GetEditions)
            .WithName("Editions").WithSummary("The policy editions this service knows.")
            .Produces<JsonElement>(StatusCodes.Status200OK, Json);
        v1.MapGet("/editions/{id}", GetEdition)
            .WithName("Edition").WithSummary("One edition as pairing-edition/1: its rules, clauses, parameters and interpretations.")
            .Produces<JsonElement>(StatusCodes.Status200OK, Json).ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/editions/{id}/rules/{rule}", GetRule)
            .WithName("Rule").WithSummary("One rule of an edition, with its clause, parameters and the interpretations that name it.")
            .Produces<JsonElement>(StatusCodes.Status200OK, Json).ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/examples/sichuan-2019", () => Results.Bytes(s_example.Value, Json))
            .WithName("Example").WithSummary("The embedded synthetic Sichuan 2019 case (pairing-case/2), to post back.")
            .Produces<JsonElement>(StatusCodes.Status200OK, Json);
    }

    /// <summary>The body of <c>GET /health</c>.</summary>
    /// <param name="Status">Always <c>healthy</c> when the service answers.</param>
    /// <param name="InProgress">The requests in progress, this one not counted.</param>
    public sealed record Health(string Status, int InProgress);

    private static async Task<IResult> PostAssessment(HttpContext context, ServiceSettings settings, string? asOf)
    {
        CancellationToken token = context.RequestAborted;
        (PairingCase? pairingCase, IResult? failure) = await ReadCase(context, settings, asOf, token);
        if (pairingCase is null)
        {
            return failure!;
        }
        AnnualAssessment assessment = Assess(pairingCase, token);
        return Results.Bytes(AssessmentWriter.Write(assessment), Json);
    }

    private static async Task<IResult> PostValidate(HttpContext context, ServiceSettings settings)
    {
        CaseBodyRead body = await CaseBody.ReadAsync(context.Request, settings, context.RequestAborted);
        if (body.Read is not { } read)
        {
            return Refused(body.Status, settings);
        }
        return new JsonBytes(ErrorWriter.Write(read.Problems), read.Success ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> PostExplanation(HttpContext context, ServiceSettings settings, string? unit, string? rule, string? asOf)
    {
        if (string.IsNullOrEmpty(unit) || string.IsNullOrEmpty(rule))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing query parameter",
                detail: "POST /v1/explanations needs ?unit=UNIT-OR-CADRE&rule=DUTY with the case as the body.");
        }
        CancellationToken token = context.RequestAborted;
        (PairingCase? pairingCase, IResult? failure) = await ReadCase(context, settings, asOf, token);
        if (pairingCase is null)
        {
            return failure!;
        }
        AnnualAssessment assessment = Assess(pairingCase, token);
        if (CadreId.IsValid(unit) && assessment.Cadres.Any(c => c.Cadre.Value == unit))
        {
            RuleId[] cadreDuties = [.. new[] { RuleIds.DutyCadreFullTime, RuleIds.DutyCadreDays }.Where(assessment.Edition.Applies)];
            if (!assessment.HasCadreWork || !cadreDuties.Any(d => d.Value == rule))
            {
                return NotFound("No such cadre duty", $"'{rule}' is not a cadre duty that {assessment.Edition.Id} evaluates for this case; "
                    + $"the cadre duties are {string.Join(", ", cadreDuties)} (pairing-case/2 only).");
            }
            return Results.Bytes(Explanations.Write(assessment.ExplainCadre(new CadreId(unit), new RuleId(rule))), Json);
        }
        if (!UnitId.IsValid(unit) || assessment.ForUnit(new UnitId(unit)) is null)
        {
            return NotFound("No such unit", $"No unit or stationed cadre '{unit}' in the case.");
        }
        if (Explanations.Duty(assessment.Edition, rule) is not { } duty)
        {
            return NotFound("No such duty", $"'{rule}' is not a duty that {assessment.Edition.Id} evaluates; "
                + $"the duties are {string.Join(", ", assessment.Edition.Duties.Select(d => d.Id))}.");
        }
        return Results.Bytes(Explanations.Write(assessment.Explain(new UnitId(unit), duty.Id)), Json);
    }

    /// <summary>
    /// Reads the request's case and applies <c>?asOf=</c>; the case, or the answer that refuses it: 413, 415, or 422 with
    /// the pairing-errors/1 document (a bad <c>asOf</c> is a problem at the path <c>?asOf</c>).
    /// </summary>
    private static async Task<(PairingCase?, IResult?)> ReadCase(HttpContext context, ServiceSettings settings, string? asOf, CancellationToken token)
    {
        CaseBodyRead body = await CaseBody.ReadAsync(context.Request, settings, token);
        if (body.Read is not { } read)
        {
            return (null, Refused(body.Status, settings));
        }
        if (!read.Success)
        {
            return (null, Invalid(read.Problems));
        }
        PairingCase pairingCase = read.Case;
        if (asOf is null)
        {
            return (pairingCase, null);
        }
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(asOf);
        if (!parsed.Success)
        {
            return (null, Invalid([new Problem("?asOf", "invalid-date", $"'{asOf}' is not a date YYYY-MM-DD.", $"“{asOf}”不是 YYYY-MM-DD 格式的日期。")]));
        }
        if (parsed.Value.Year != pairingCase.Year)
        {
            return (null, Invalid([new Problem("?asOf", "date-order", $"The as-of date {asOf} is not in the case's year {pairingCase.Year}.",
                $"评估截止日 {asOf} 不在案例年度 {pairingCase.Year} 内。")]));
        }
        return (pairingCase.WithAsOf(parsed.Value), null);
    }

    private static JsonBytes Invalid(IEnumerable<Problem> problems) =>
        new JsonBytes(ErrorWriter.Write(problems), StatusCodes.Status422UnprocessableEntity);

    private static IResult Refused(int status, ServiceSettings settings) => status == StatusCodes.Status413PayloadTooLarge
        ? Results.Problem(statusCode: status, title: "Request body too large",
            detail: $"The body is longer than the limit of {settings.MaxRequestBytes.ToString(CultureInfo.InvariantCulture)} bytes.")
        : Results.Problem(statusCode: status, title: "Unsupported media type", detail: "The body must be a case as application/json.");

    private static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    private static IResult GetEditions()
    {
        var list = new JsonArray();
        foreach (PolicyEdition edition in PolicyEditions.All.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            list.Add(new JsonObject
            {
                ["id"] = edition.Id,
                ["zh"] = edition.ChineseTitle,
                ["en"] = edition.EnglishTitle,
                ["firstYear"] = edition.FirstYear,
                ["lastYear"] = edition.LastYear,
                ["rules"] = edition.Rules.Length,
                ["href"] = $"/v1/editions/{edition.Id}",
            });
        }
        return Indented(new JsonObject { ["editions"] = list });
    }

    private static IResult GetEdition(string id) => PolicyEditions.All.TryGetValue(id, out PolicyEdition? edition)
        ? Results.Bytes(EditionWriter.Write(edition), Json)
        : NotFound("No such edition", $"No edition '{id}'; GET /v1/editions lists them.");

    private static IResult GetRule(string id, string rule)
    {
        if (!PolicyEditions.All.TryGetValue(id, out PolicyEdition? edition))
        {
            return NotFound("No such edition", $"No edition '{id}'; GET /v1/editions lists them.");
        }
        // The rule exactly as the edition document writes it (EditionWriter), with the interpretations that name it.
        JsonNode document = JsonNode.Parse(EditionWriter.Write(edition))!;
        JsonNode? found = document["rules"]!.AsArray().FirstOrDefault(r => (string?)r!["id"] == rule);
        if (found is null)
        {
            return NotFound("No such rule", $"Edition {id} has no rule '{rule}'.");
        }
        var interpretations = new JsonArray([.. document["interpretations"]!.AsArray()
            .Where(i => i!.ToJsonString().Contains($"\"{rule}\"", StringComparison.Ordinal))
            .Select(i => i!.DeepClone())]);
        JsonObject answer = found.DeepClone().AsObject();
        answer.Insert(0, "edition", id);
        answer["interpretations"] = interpretations;
        return Indented(answer);
    }

    private static IResult Indented(JsonNode node)
    {
        byte[] bytes = [.. JsonSerializer.SerializeToUtf8Bytes(node, s_indented), (byte)'\n'];
        return Results.Bytes(bytes, Json);
    }

    /// <summary>Counts the request in progress and logs it, structured, when it ends however it ends.</summary>
    private static async Task CountAndLog(HttpContext context, RequestDelegate next)
    {
        bool counted = context.Request.Path != "/health";
        RequestGauge gauge = context.RequestServices.GetRequiredService<RequestGauge>();
        ILogger logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PairingDomain.Samples.Service.Requests");
        if (counted)
        {
            gauge.Enter();
        }
        long start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (counted)
            {
                gauge.Leave();
            }
            double elapsedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            string path = context.Request.Path.Value ?? "";
            LogRequest(logger, context.Request.Method, path, context.Response.StatusCode, elapsedMs, context.RequestAborted.IsCancellationRequested);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{Method} {Path} answered {Status} in {ElapsedMs:0.0} ms (aborted: {Aborted})")]
    private static partial void LogRequest(ILogger logger, string method, string path, int status, double elapsedMs, bool aborted);
}
