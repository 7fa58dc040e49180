using System;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Editions;

/// <summary>
/// Looking up a rule an edition lacks, or building a set with a repeated edition, fails naming the edition and the rule
/// (issue 7: these messages and the set's own guards survived).
/// </summary>
public sealed class EditionLookupTests
{
    [Fact]
    public void GetRule_RuleTheEditionLacks_NamesEditionAndRule()
    {
        Action act = () => PolicyEditions.Sichuan2019.GetRule(new RuleId("NO-SUCH-RULE"));

        act.Should().Throw<ArgumentException>().WithParameterName("id")
            .Which.Message.Should().Contain("sichuan-2019").And.Contain("NO-SUCH-RULE");
    }

    [Fact]
    public void PolicyEditionSet_Null_Throws()
    {
        Action act = () => _ = new PolicyEditionSet(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("editions");
    }

    [Fact]
    public void PolicyEditionSet_RepeatedEdition_IsRefusedNamingIt()
    {
        PolicyEdition again = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("sichuan-2019", 2020)
            .Build().GetValueOrThrow();

        Action act = () => _ = new PolicyEditionSet([PolicyEditions.Sichuan2019, again]);

        act.Should().Throw<ArgumentException>().WithParameterName("editions").Which.Message.Should().Contain("sichuan-2019");
    }
}
