using System.Runtime.InteropServices;
using PairingDomain.Time;

namespace PairingDomain.Outcomes;

/// <summary>The hot part of one outcome, as the assessment reads it: roster indices, the packed date, the measure and the amount.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal readonly struct OutcomeRecord
{
    internal readonly decimal Amount;
    internal readonly int Unit;
    internal readonly int County;
    internal readonly PackedDate Date;
    internal readonly byte Measure;

    internal OutcomeRecord(int unit, int county, PackedDate date, byte measure, decimal amount)
    {
        Unit = unit;
        County = county;
        Date = date;
        Measure = measure;
        Amount = amount;
    }
}
