namespace PeerPractice.Matching;

/// <summary>What a round does with a member left over by an odd count.</summary>
public enum OddCountPolicy
{
    /// <summary>The member joins the pair that fits them best, making a trio.</summary>
    Trio,

    /// <summary>One member sits out, chosen by rotation (fewest and least recent sit-outs first).</summary>
    RotatingSitOut,
}
