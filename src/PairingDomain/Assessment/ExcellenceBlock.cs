using System.Collections.Immutable;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// One trigger that bars a unit and its main leader from excellence (本年度均不能评先评优), §III.8.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Rule">The bundle rule: <c>BUNDLE-CADRE</c>, <c>BUNDLE-VILLAGE</c> or <c>BUNDLE-COUNTY</c>.</param>
/// <param name="Subject">The cadre identifier or the village or county code that triggered it.</param>
public sealed record ExcellenceBlock(RuleId Rule, string Subject);
