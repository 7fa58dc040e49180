using System.Runtime.InteropServices;
using PairingDomain.Time;

namespace PairingDomain.Activities;

/// <summary>
/// The hot part of one activity, as the bulk assessment reads it: 19 bytes of integer indices into the roster, its
/// kind and the mask of its focus topics.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal readonly struct ActivityRecord
{
    internal readonly int Unit;
    internal readonly int Leader;
    internal readonly PackedDate Date;
    internal readonly int County;
    internal readonly byte Kind;
    internal readonly ushort Topics;

    internal ActivityRecord(int unit, int leader, PackedDate date, int county, byte kind, ushort topics = 0)
    {
        Topics = topics;
        Unit = unit;
        Leader = leader;
        Date = date;
        County = county;
        Kind = kind;
    }
}
