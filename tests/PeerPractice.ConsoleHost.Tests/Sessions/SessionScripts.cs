namespace PeerPractice.ConsoleHost.Tests.Sessions;

/// <summary>A full peer brainstorm for two peers, as a facilitator would type it, on the manual clock.</summary>
internal static class SessionScripts
{
    public const string Agenda = "peer-brainstorm";

    public static readonly string[] StartArguments =
        ["session", "start", Agenda, "--participants", "Alex Chen", "Sam Okafor", "--clock", "manual", "--id", "s-1"];

    public const string PrivateNote = "Board wants to outsource the service desk; do not repeat";

    /// <summary>Acknowledge, start, then end every turn of every item with time passing, notes and an action item on the way.</summary>
    public static IReadOnlyList<string> FullRun(int turns)
    {
        var lines = new List<string> { "ack all", "start" };
        for (var i = 0; i < turns; i++)
        {
            lines.Add(i % 3 == 0 ? "wait 4m" : "wait 2m30s");
            if (i == 1)
            {
                lines.Add("note alex private " + PrivateNote);
                lines.Add("note sam shareable A skip-level lunch works wonders");
            }

            if (i == 2)
            {
                lines.Add("action sam due 2026-02-01 Send the vendor scorecard");
            }

            lines.Add("next");
        }

        lines.Add("finish");
        return lines;
    }
}
