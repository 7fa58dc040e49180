using System;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.Refusal;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Cadres;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class GradeBookBuilderTests
{
    [Fact]
    public void GradeBookBuilderAdd_Null_IsRefusedAtOnce() =>
        ShouldRefuseNull(() => new GradeBookBuilder(Standard().BuildRoster(), GradeScale.ThreeGrade).Add(null!), "grade");
}
