namespace PeerPractice.Matching;

/// <summary>
/// Derives the seed of one block's or one round's search from the caller's seed. <c>HashCode.Combine</c>
/// mixes well but is randomised per process, so "the same seed gives the same plan" held only until the
/// app restarted; this mix is the same in every process and on every machine.
/// </summary>
internal static class SearchSeeds
{
    /// <summary>A seed for the part numbered <paramref name="part"/> of the work seeded with <paramref name="seed"/>.</summary>
    public static int Derive(int seed, int part)
    {
        // SplitMix64's finaliser over the pair: neighbouring seeds and parts give unrelated streams.
        var z = (((ulong)(uint)seed << 32) | (uint)part) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return unchecked((int)(z ^ (z >> 31)));
    }
}
