using System;

namespace PairingDomain.Tests.Support;

/// <summary>
/// How the argument checks of the value constructors are pinned (issue 7: removing a check, or emptying its message,
/// survived): the exact exception type, the parameter it names, and what its message must carry.
/// </summary>
internal static class Refusal
{
    internal static void ShouldRefuse(Action act, string parameter, string keyword) =>
        act.Should().ThrowExactly<ArgumentException>().WithParameterName(parameter)
            .Which.Message.Should().Contain(keyword);

    internal static void ShouldRefuseNull(Action act, string parameter) =>
        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName(parameter);

    internal static void ShouldBeOutOfRange(Action act, string parameter) =>
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(parameter)
            .Which.Message.Should().Contain("[1-9999]");
}
