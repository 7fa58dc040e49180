using System;
using System.Linq;
using PairingDomain.Policy;

namespace PairingDomain.Json.Tests.Editions;

/// <summary>
/// No input makes the edition reader throw, with its last-resort guard off: every truncation and many byte-level
/// mutations of the sichuan-2019 document give an edition or problems, each problem with a JSONPath.
/// </summary>
public sealed class EditionReaderRobustnessTests
{
    private static readonly byte[] s_sichuan = EditionWriter.Write(PolicyEditions.Sichuan2019);

    private static void ShouldReadWithoutThrowing(byte[] bytes)
    {
        EditionReadResult result = EditionReader.ReadUnguarded(bytes);

        (result.Success ^ !result.Problems.IsEmpty).Should().BeTrue();
        result.Problems.Where(p => !p.Path.StartsWith('$') || p.Code.Length == 0).Should().BeEmpty();
    }

    [Fact]
    public void Read_EveryTruncation_NeverThrows()
    {
        for (int length = 0; length < s_sichuan.Length; length += 97)
        {
            ShouldReadWithoutThrowing(s_sichuan[..length]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_RandomMutations_NeverThrow(int seed)
    {
        var random = new Random(seed);
        byte[] alphabet = "{}[]\":,0123456789-.eE tfnul\\aZ\u00e9"u8.ToArray();
        for (int round = 0; round < 300; round++)
        {
            byte[] bytes = (byte[])s_sichuan.Clone();
            for (int edits = random.Next(1, 4); edits > 0; edits--)
            {
                bytes[random.Next(bytes.Length)] = alphabet[random.Next(alphabet.Length)];
            }
            ShouldReadWithoutThrowing(bytes);
        }
    }

    [Fact]
    public void Read_ValuesSwappedBetweenMembers_NeverThrow()
    {
        string text = System.Text.Encoding.UTF8.GetString(s_sichuan);
        string[] values = ["null", "true", "-1", "2147483648", "1.5", "\"\"", "[]", "{}", "\"\\ud800\""];
        foreach (string member in new[] { "\"minimum\": 2", "\"enabled\": true", "\"holder\": \"lead-unit\"", "\"grades\": [", "\"rules\": [" })
        {
            foreach (string value in values)
            {
                string name = member[..(member.IndexOf(':') + 1)];
                string mutated = member.EndsWith('[')
                    ? text.Replace(member, name + " " + value + ", \"x\": [", StringComparison.Ordinal)
                    : text.Replace(member, name + " " + value, StringComparison.Ordinal);
                ShouldReadWithoutThrowing(System.Text.Encoding.UTF8.GetBytes(mutated));
            }
        }
    }
}
