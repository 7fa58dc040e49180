namespace PairingDomain.Places;

internal static class Digits
{
    internal static bool AreDigits(string? text, int length)
    {
        if (text is null || text.Length != length)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }
}
