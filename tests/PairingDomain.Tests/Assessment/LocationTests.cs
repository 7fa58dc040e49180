using PairingDomain.Assessment;

namespace PairingDomain.Tests.Assessment;

/// <summary>The four places an activity can stand against its unit's pairings, each read back as itself only.</summary>
public sealed class LocationTests
{
    [Fact]
    public void Outside_IsOnlyOutside() =>
        (Location.Outside.IsOutside, Location.Outside.IsAtUnit, Location.Outside.IsAssistedOnly).Should().Be((true, false, false));

    [Fact]
    public void AtUnit_IsOnlyAtUnit() =>
        (Location.AtUnit.IsOutside, Location.AtUnit.IsAtUnit, Location.AtUnit.IsAssistedOnly).Should().Be((false, true, false));

    [Fact]
    public void Led_IsAtItsTargetAndLed()
    {
        Location led = Location.Led(3);

        (led.IsOutside, led.IsAtUnit, led.IsAssistedOnly, led.Target).Should().Be((false, false, false, 3));
    }

    [Fact]
    public void AssistedOnly_IsAtItsTargetAndNotLed()
    {
        Location assisted = Location.AssistedOnly(2);

        (assisted.IsOutside, assisted.IsAtUnit, assisted.IsAssistedOnly, assisted.Target).Should().Be((false, false, true, 2));
    }
}
