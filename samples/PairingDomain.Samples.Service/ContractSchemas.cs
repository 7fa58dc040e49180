using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PairingDomain.Samples.Service;

/// <summary>
/// Names every document of the contract in the OpenAPI document (issue 18: "an OpenAPI document that names every schema
/// of the contract"): the case formats, pairing-assessment, pairing-errors/1, pairing-edition/1, the explanation, the
/// editions list and the health answer, each a component schema that the operations' bodies refer to. The endpoints
/// write the package's bytes, not C# types, so the generator cannot infer these; the schemas name the format and point
/// to its specification (case-format.md, case-format-2.md) rather than repeat it.
/// </summary>
public sealed class ContractSchemas : IOpenApiDocumentTransformer
{
    /// <summary>The component schemas: name, description.</summary>
    public static readonly IReadOnlyDictionary<string, string> Schemas = new Dictionary<string, string>
    {
        ["PairingCase"] = "A pairing-case/1 (case-format.md) or pairing-case/2 (case-format-2.md) document.",
        ["PairingAssessment"] = "A pairing-assessment/1 document for a /1 case, pairing-assessment/2 for a /2 case: the bytes the annual-assessment sample's --json writes.",
        ["PairingErrors"] = "A pairing-errors/1 document: {format, errors: [{path, code, message}]}.",
        ["PairingEdition"] = "A pairing-edition/1 document: the rules with clauses and parameters, the interpretations, the scoring table.",
        ["EditionRule"] = "One rule of a pairing-edition/1 document with its edition and the interpretations that name it.",
        ["EditionList"] = "{editions: [{id, zh, en, firstYear, lastYear, rules, href}]}.",
        ["Explanation"] = "One duty explained in zh and en: for a unit every activity looked at with its verdict, for a stationed cadre the work-record parts kept and missing.",
        ["Health"] = "{status, inProgress}.",
    };

    /// <summary>Which schema each operation's request body (null for none) and 200 answer have, by operation id.</summary>
    private static readonly Dictionary<string, (string? Request, string Answer)> s_operations = new()
    {
        ["Assess"] = ("PairingCase", "PairingAssessment"),
        ["Validate"] = ("PairingCase", "PairingErrors"),
        ["Explain"] = ("PairingCase", "Explanation"),
        ["Editions"] = (null, "EditionList"),
        ["Edition"] = (null, "PairingEdition"),
        ["Rule"] = (null, "EditionRule"),
        ["Example"] = (null, "PairingCase"),
        ["Health"] = (null, "Health"),
    };

    /// <inheritdoc/>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach ((string name, string description) in Schemas)
        {
            document.Components.Schemas[name] = new OpenApiSchema { Type = JsonSchemaType.Object, Description = description };
        }
        foreach (OpenApiOperation operation in document.Paths.Values.SelectMany(p => p.Operations is { } operations ? operations.Values : Enumerable.Empty<OpenApiOperation>()))
        {
            if (operation.OperationId is null || !s_operations.TryGetValue(operation.OperationId, out var schemas))
            {
                continue;
            }
            if (schemas.Request is { } request && operation.RequestBody?.Content is { } requestContent)
            {
                foreach (OpenApiMediaType media in requestContent.Values.OfType<OpenApiMediaType>())
                {
                    media.Schema = new OpenApiSchemaReference(request, document);
                }
            }
            SetAnswer(operation, "200", schemas.Answer, document);
            SetAnswer(operation, "422", "PairingErrors", document);
        }
        // The placeholder the request bodies' metadata (Accepts<JsonElement>) brought, now referred to by none.
        document.Components.Schemas.Remove("JsonElement");
        return Task.CompletedTask;
    }

    private static void SetAnswer(OpenApiOperation operation, string status, string schema, OpenApiDocument document)
    {
        if (operation.Responses?.TryGetValue(status, out IOpenApiResponse? response) == true && response.Content is { } content)
        {
            foreach (OpenApiMediaType media in content.Values.OfType<OpenApiMediaType>())
            {
                media.Schema = new OpenApiSchemaReference(schema, document);
            }
        }
    }
}
