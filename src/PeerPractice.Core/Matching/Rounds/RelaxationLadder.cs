
namespace PeerPractice.Matching;

/// <summary>
/// The policy's relaxation order as levels: level 0 relaxes nothing, level L relaxes the first L
/// rules. A pair's level is the least level at which all its violations are relaxed.
/// </summary>
internal sealed class RelaxationLadder(MatchingPolicy policy)
{
    public const int Forbidden = -1;

    public int Levels => policy.RelaxationOrder.Count;

    /// <summary>The least level allowing a pair with <paramref name="violations"/>, or <see cref="Forbidden"/>.</summary>
    public int LevelOf(HardRules violations)
    {
        if (violations == HardRules.None)
        {
            return 0;
        }

        if ((violations & HardRules.NeverRelaxable) != 0)
        {
            return Forbidden;
        }

        var remaining = violations;
        var level = 0;
        for (var i = 0; i < policy.RelaxationOrder.Count && remaining != HardRules.None; i++)
        {
            if ((remaining & policy.RelaxationOrder[i]) != 0)
            {
                remaining &= ~policy.RelaxationOrder[i];
                level = i + 1;
            }
        }

        return remaining == HardRules.None ? level : Forbidden;
    }
}
