using System;
using System.Collections.Generic;
using System.Linq;

namespace PairingDomain.Tests;

/// <summary>The shared location helpers the builders, the JSON reader and the spreadsheet readers link.</summary>
public sealed class LocationsTests
{
    [Fact]
    public void Default_IsTheMembersIndexedJsonPath() =>
        Locations.Default("activities", 12).Should().Be("$.activities[12]");

    [Theory]
    [InlineData("$.activities[3]", "$.activities[3]", true)]
    [InlineData("$.activities[3].on", "$.activities[3]", true)]
    [InlineData("$.activities[3][0]", "$.activities[3]", true)]
    [InlineData("$.activities[31].on", "$.activities[3]", false)]
    [InlineData("$.activities[3]", "$.activities[3].on", false)]
    [InlineData("活动!D17", "活动!D1", false)]
    public void IsAtOrUnder_OnlyAtABoundary(string path, string ancestor, bool expected) =>
        Locations.IsAtOrUnder(path, ancestor).Should().Be(expected);

    [Fact]
    public void IsAtOrUnderAny_AgreesWithAScanOfTheSet_ForPathsBelowTheRoot()
    {
        var ancestors = new HashSet<string>(StringComparer.Ordinal) { "$.units[0].id", "$.activities[3]", "$.cadres" };
        string[] paths =
        [
            "$.units[0].id", "$.units[0].idx", "$.units[0]", "$.activities[3].on", "$.activities[30]", "$.cadres[9].unit",
            "$.cadresX", "$.counties[0]",
        ];

        foreach (string path in paths)
        {
            Locations.IsAtOrUnderAny(path, ancestors).Should().Be(ancestors.Any(a => Locations.IsAtOrUnder(path, a)), path);
        }
        Locations.IsAtOrUnderAny("$.units[0]", ["$"]).Should().BeFalse("the root's own '$.' is no boundary");
    }

    [Theory]
    [InlineData("$.activities[12]", 12, true)]
    [InlineData("$.activities[0]", 0, true)]
    [InlineData("$.activities[012]", 12, false)]
    [InlineData("$.activities[12]", 13, false)]
    [InlineData("$.activities[12].on", 12, false)]
    [InlineData("$.activitiesX[12]", 12, false)]
    [InlineData("$.activities[]", 0, false)]
    [InlineData("活动!A13", 12, false)]
    [InlineData("$.activities[+12]", 12, false)]
    public void IsDefault_IsExactlyTheDefaultsString(string path, int index, bool expected)
    {
        Locations.IsDefault(path, "activities", index).Should().Be(expected);
        (Locations.Default("activities", index) == path).Should().Be(expected);
    }
}
