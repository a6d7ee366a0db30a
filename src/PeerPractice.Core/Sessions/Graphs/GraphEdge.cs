namespace PeerPractice.Sessions;

/// <summary>One transition of a machine, as found by exploring it: from a state, on a trigger, to a state.</summary>
internal readonly record struct GraphEdge(string From, string Trigger, string To);
