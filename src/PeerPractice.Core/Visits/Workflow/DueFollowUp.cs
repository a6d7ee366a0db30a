namespace PeerPractice.Visits;

/// <summary>A follow-up call whose time has come and that has not been held.</summary>
/// <param name="Visit">The visit it follows.</param>
/// <param name="Call">The call.</param>
/// <param name="Index">Its position in the visit's <see cref="FollowUpPlan.Calls"/>, to mark it held.</param>
public sealed record DueFollowUp(VisitPlan Visit, FollowUpCall Call, int Index);
