namespace PeerPractice.Sessions;

/// <summary>Who holds the floor inside the current item.</summary>
public enum TurnPhase
{
    /// <summary>Not in an item, so nobody holds the floor.</summary>
    None,

    /// <summary>One participant speaks (or, for a role item, the role's participants) while the others listen.</summary>
    Speaking,

    /// <summary>The listeners respond to the speaker who just finished (perspective, suggestions or questions).</summary>
    Responding,

    /// <summary>An open item: everyone shares the floor and one timebox.</summary>
    OpenFloor,
}
