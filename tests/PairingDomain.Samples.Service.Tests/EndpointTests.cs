using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using PairingDomain.Json;

namespace PairingDomain.Samples.Service.Tests;

/// <summary>Every endpoint and status of the service over real HTTP on a loopback port (issue 18).</summary>
public sealed class EndpointTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private HttpClient Client => service.Client;

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        string text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("   at ", "no stack trace reaches a client");
        JsonElement problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be(status);
        return problem;
    }

    [Fact]
    public async Task Example_PostedBack_AnswersTheConsolesJsonByteForByte()
    {
        byte[] example = await Client.GetByteArrayAsync("/v1/examples/sichuan-2019");
        example.Should().Equal(service.CaseBytes);
        using HttpResponseMessage response = await Client.PostAsync("/v1/assessments", Json(example));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        byte[] answer = await response.Content.ReadAsByteArrayAsync();
        answer.Should().Equal(service.ConsoleJson);
        Encoding.UTF8.GetString(answer).Should().Contain("\"format\": \"pairing-assessment/2\"");
    }

    [Fact]
    public async Task Assessments_AsOf_OverridesTheCasesDate()
    {
        using HttpResponseMessage response = await Client.PostAsync("/v1/assessments?asOf=2019-06-30", Json(service.CaseBytes));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("asOf").GetString().Should().Be("2019-06-30");
        byte[] expected = AssessmentWriter.Write(AssessmentService.Assess(AssessmentService.ExampleCase().WithAsOf(new NodaTime.LocalDate(2019, 6, 30)), default));
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
    }

    [Theory]
    [InlineData("2020-01-01", "date-order")]
    [InlineData("June", "invalid-date")]
    public async Task Assessments_BadAsOf_Is422WithTheProblemAtTheQuery(string asOf, string code)
    {
        using HttpResponseMessage response = await Client.PostAsync($"/v1/assessments?asOf={asOf}", Json(service.CaseBytes));
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        JsonElement error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        error.GetProperty("path").GetString().Should().Be("?asOf");
        error.GetProperty("code").GetString().Should().Be(code);
    }

    [Fact]
    public async Task Assessments_InvalidCase_Is422WithTheErrorWritersDocument()
    {
        byte[] bad = Encoding.UTF8.GetBytes("{\"format\":\"pairing-case/1\",\"policy\":\"nowhere\"}");
        using HttpResponseMessage response = await Client.PostAsync("/v1/assessments", Json(bad));
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        byte[] expected = ErrorWriter.Write(CaseReader.Read(bad).Problems);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
    }

    [Fact]
    public async Task Validate_ValidCase_Is200WithNoProblems_InvalidIs422WithThem()
    {
        using HttpResponseMessage ok = await Client.PostAsync("/v1/cases/validate", Json(service.CaseBytes));
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(await ok.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetArrayLength().Should().Be(0);

        byte[] bad = Encoding.UTF8.GetBytes("{\"format\":\"pairing-case/9\"}");
        using HttpResponseMessage invalid = await Client.PostAsync("/v1/cases/validate", Json(bad));
        invalid.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await invalid.Content.ReadAsByteArrayAsync()).Should().Equal(ErrorWriter.Write(CaseReader.Read(bad).Problems));
    }

    [Fact]
    public async Task Explanations_UnitDuty_ListsEveryActivityWithItsVerdictInBothLanguages()
    {
        var assessment = AssessmentService.Assess(AssessmentService.ExampleCase(), default);
        var expected = assessment.Explain(new UnitId("U-001"), new Policy.RuleId("DUTY-MAIN-LEADER-VISITS"));
        using HttpResponseMessage response = await Client.PostAsync("/v1/explanations?unit=U-001&rule=DUTY-MAIN-LEADER-VISITS", Json(service.CaseBytes));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonElement body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("zh").GetString().Should().Be(expected.ChineseText);
        body.GetProperty("en").GetString().Should().Be(expected.EnglishText);
        body.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString())
            .Should().Equal(expected.Judgements.Select(j => j.Activity.Id.Value));
        body.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("counted").GetBoolean())
            .Should().Equal(expected.Judgements.Select(j => j.Verdict == Assessment.ActivityVerdict.Counted));
        body.GetProperty("status").GetString().Should().Be(expected.Result!.Status.ContractId);
    }

    [Theory]
    [InlineData("unit=U-999&rule=DUTY-MAIN-LEADER-VISITS", 404)]
    [InlineData("unit=U-001&rule=NO-SUCH-DUTY", 404)]
    [InlineData("rule=DUTY-MAIN-LEADER-VISITS", 400)]
    public async Task Explanations_UnknownUnitOrDutyOrMissingQuery_IsAProblem(string query, int status)
    {
        using HttpResponseMessage response = await Client.PostAsync($"/v1/explanations?{query}", Json(service.CaseBytes));
        await Problem(response, status);
    }

    [Fact]
    public async Task Editions_ListAndOne_AreTheCatalogueAndEditionWritersDocument()
    {
        JsonElement list = JsonDocument.Parse(await Client.GetStringAsync("/v1/editions")).RootElement;
        list.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("id").GetString())
            .Should().BeEquivalentTo(Policy.PolicyEditions.All.Keys);
        byte[] edition = await Client.GetByteArrayAsync("/v1/editions/sichuan-2019");
        edition.Should().Equal(EditionWriter.Write(Policy.PolicyEditions.Sichuan2019));
        JsonElement rule = JsonDocument.Parse(await Client.GetStringAsync("/v1/editions/sichuan-2019/rules/DUTY-MAIN-LEADER-VISITS")).RootElement;
        rule.GetProperty("edition").GetString().Should().Be("sichuan-2019");
        rule.GetProperty("id").GetString().Should().Be("DUTY-MAIN-LEADER-VISITS");
        rule.GetProperty("source").GetString().Should().NotBeNullOrEmpty();
        rule.TryGetProperty("interpretations", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("/v1/editions/nowhere")]
    [InlineData("/v1/editions/sichuan-2019/rules/NO-SUCH-RULE")]
    [InlineData("/v1/nothing-here")]
    public async Task UnknownResource_Is404ProblemDetails(string path)
    {
        using HttpResponseMessage response = await Client.GetAsync(path);
        await Problem(response, 404);
    }

    [Fact]
    public async Task WrongMethod_Is405ProblemDetails()
    {
        using HttpResponseMessage response = await Client.DeleteAsync("/v1/editions");
        await Problem(response, 405);
    }

    [Fact]
    public async Task NotJson_Is415ProblemDetails()
    {
        using var content = new ByteArrayContent(service.CaseBytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using HttpResponseMessage response = await Client.PostAsync("/v1/assessments", content);
        await Problem(response, 415);
    }

    [Fact]
    public async Task BodyOverTheLimit_Declared_Is413BeforeTheBodyIsSent()
    {
        byte[] big = new byte[(int)ServiceFixture.Limit + 1];
        big.AsSpan().Fill((byte)' ');
        // Expect: 100-continue, so that the refusal on the declared length arrives before the client sends the body.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/assessments") { Content = Json(big) };
        request.Headers.ExpectContinue = true;
        using HttpResponseMessage declared = await Client.SendAsync(request);
        await Problem(declared, 413);
    }

    [Fact]
    public async Task BodyOverTheLimit_Chunked_Is413OnceTheLimitIsPassed()
    {
        // A chunked body of no declared length, sent over a raw connection (HttpClient would wait to finish sending
        // before it reads an early answer): the service refuses it once it has read past the limit.
        using var socket = new TcpClient();
        await socket.ConnectAsync(service.BaseAddress.Host, service.BaseAddress.Port);
        NetworkStream stream = socket.GetStream();
        string head = $"POST /v1/cases/validate HTTP/1.1\r\nHost: {service.BaseAddress.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        byte[] chunk = Encoding.ASCII.GetBytes($"10000\r\n{new string(' ', 0x10000)}\r\n");
        for (long sent = 0; sent <= ServiceFixture.Limit; sent += 0x10000)
        {
            await stream.WriteAsync(chunk);
        }
        await stream.FlushAsync();
        using var reader = new System.IO.StreamReader(stream, Encoding.ASCII);
        string? status = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        status.Should().StartWith("HTTP/1.1 413");
        string rest = await ReadUntilBody(reader);
        rest.Should().Contain("\"status\":413").And.NotContain("   at ");
    }

    private static async Task<string> ReadUntilBody(System.IO.StreamReader reader)
    {
        var text = new StringBuilder();
        char[] buffer = new char[4096];
        while (!text.ToString().Contains('}', StringComparison.Ordinal))
        {
            int n = await reader.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            if (n == 0)
            {
                break;
            }
            text.Append(buffer, 0, n);
        }
        return text.ToString();
    }

    [Fact]
    public async Task FailingEndpoint_Is500ProblemDetailsWithoutTheExceptionsText()
    {
        using HttpResponseMessage response = await Client.GetAsync("/test/throw");
        await Problem(response, 500);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("secret-internal-detail").And.NotContain("InvalidOperationException");
    }

    [Fact]
    public async Task Health_IsHealthy()
    {
        JsonElement health = JsonDocument.Parse(await Client.GetStringAsync("/health")).RootElement;
        health.GetProperty("status").GetString().Should().Be("healthy");
    }

    [Fact]
    public async Task Concurrent_FiftyProvinceAssessments_AreAllTheConsolesBytes()
    {
        Task<byte[]>[] requests = [.. Enumerable.Range(0, 50).Select(async _ =>
        {
            using HttpResponseMessage response = await Client.PostAsync("/v1/assessments", Json(service.CaseBytes));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            return await response.Content.ReadAsByteArrayAsync();
        })];
        byte[][] answers = await Task.WhenAll(requests);
        answers.Should().AllSatisfy(a => a.Should().Equal(service.ConsoleJson));
    }

    [Fact]
    public async Task ClientDisconnectingMidUpload_LeavesTheServiceHealthyWithNothingInProgress()
    {
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(service.BaseAddress.Host, service.BaseAddress.Port);
            NetworkStream stream = socket.GetStream();
            string head = $"POST /v1/assessments HTTP/1.1\r\nHost: {service.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: {service.CaseBytes.Length}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(service.CaseBytes.AsMemory(0, service.CaseBytes.Length / 3));
            await stream.FlushAsync();
            await WaitForInProgress(1);
        }
        await WaitForInProgress(0);
        using HttpResponseMessage after = await Client.PostAsync("/v1/assessments", Json(service.CaseBytes));
        (await after.Content.ReadAsByteArrayAsync()).Should().Equal(service.ConsoleJson);
    }

    private async Task WaitForInProgress(int expected)
    {
        int last = -1;
        for (int i = 0; i < 200; i++)
        {
            last = JsonDocument.Parse(await Client.GetStringAsync("/health")).RootElement.GetProperty("inProgress").GetInt32();
            if (last == expected)
            {
                return;
            }
            await Task.Delay(50);
        }
        last.Should().Be(expected, "the requests in progress settle within 10 s");
    }
}
