using System.Text;
using PeerPractice.ConsoleHost.Tests.Storage;

namespace PeerPractice.ConsoleHost.Tests.Sessions;

public class SessionCommandTests
{
    [Fact]
    public void A_scripted_session_runs_from_agreements_to_finish_and_is_saved()
    {
        using var temp = new TempDatabase();
        var script = string.Join('\n', SessionScripts.FullRun(200));

        var run = HostRun.InvokeWithDatabase(script, temp.Path, SessionScripts.StartArguments);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("Session s-1 finished", run.Output, StringComparison.Ordinal);
        Assert.Contains("Alex Chen speaks", run.Output, StringComparison.Ordinal);
        Assert.Contains("Sam Okafor speaks", run.Output, StringComparison.Ordinal);
        Assert.Contains("Alex Chen: spoke", run.Output, StringComparison.Ordinal);
        Assert.Contains("action: Sam Okafor: Send the vendor scorecard (due 2026-02-01)", run.Output, StringComparison.Ordinal);
        Assert.Contains("notes: 1 shareable, 1 private", run.Output, StringComparison.Ordinal);

        var list = HostRun.InvokeWithDatabase("", temp.Path, "session", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"s-1\s+peer-brainstorm\s+.*finished", list.Output);
    }

    [Fact]
    public void Starting_is_refused_until_everyone_acknowledged_and_the_refusal_says_who()
    {
        using var temp = new TempDatabase();

        var run = HostRun.InvokeWithDatabase("ack alex\nstart\nquit\n", temp.Path, SessionScripts.StartArguments);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"> start: refused: .*Sam Okafor", run.Output);
        Assert.Contains("awaits Sam Okafor", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quit_leaves_the_session_open_and_resume_continues_at_the_same_item_speaker_and_clock()
    {
        using var temp = new TempDatabase();
        var first = HostRun.InvokeWithDatabase("ack all\nstart\nwait 4m\nnext\nwait 1m\nstatus\nquit\n", temp.Path, SessionScripts.StartArguments);
        Assert.Equal(0, first.ExitCode);
        var before = LastScreen(first.Output);

        var resumed = HostRun.InvokeWithDatabase("status\nquit\n", temp.Path, "session", "resume", "s-1", "--clock", "manual");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("Resuming session s-1", resumed.Output, StringComparison.Ordinal);
        // The resumed clock continues from the time last shown, including the 'wait 1m' that recorded no event.
        var after = LastScreen(resumed.Output);
        Assert.Equal(ItemAndFloor(before), ItemAndFloor(after));
        Assert.Equal(before, after);
        Assert.Contains("session resume s-1", resumed.Output, StringComparison.Ordinal);
    }

    // Defect 12.12: 'wait 2m' then 'quit' showed 2:00 spoken and 3:00 left; after resume, 0:00 and 5:00.
    [Fact]
    public void Time_shown_before_quit_is_not_lost_on_resume()
    {
        using var temp = new TempDatabase();
        var first = HostRun.InvokeWithDatabase("ack all\nstart\nwait 2m\nstatus\nquit\n", temp.Path, SessionScripts.StartArguments);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 min left of 5 min", string.Join('\n', LastScreen(first.Output)), StringComparison.Ordinal);

        var resumed = HostRun.InvokeWithDatabase("status\nquit\n", temp.Path, "session", "resume", "s-1", "--clock", "manual");

        Assert.Equal(0, resumed.ExitCode);
        var screen = string.Join('\n', LastScreen(resumed.Output));
        Assert.Contains("3 min left of 5 min", screen, StringComparison.Ordinal);
        Assert.Equal(LastScreen(first.Output), LastScreen(resumed.Output));
    }

    [Fact]
    public void Private_note_text_never_reaches_the_database_file()
    {
        using var temp = new TempDatabase();
        var script = string.Join('\n', SessionScripts.FullRun(3)) + "\n";

        var run = HostRun.InvokeWithDatabase(script, temp.Path, SessionScripts.StartArguments);
        Assert.Equal(0, run.ExitCode);

        var bytes = temp.AllBytes();
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("A skip-level lunch works wonders")) >= 0, "shareable notes are stored in plain text, so the scan can see text");
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(SessionScripts.PrivateNote)) < 0, "private note text found in the database");
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("outsource")) < 0, "a fragment of the private note found in the database");
    }

    [Fact]
    public void Unknown_session_id_is_a_clear_error()
    {
        using var temp = new TempDatabase();
        HostRun.InvokeWithDatabase("quit\n", temp.Path, SessionScripts.StartArguments);

        var run = HostRun.InvokeWithDatabase("", temp.Path, "session", "resume", "no-such-session");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No session 'no-such-session'", run.Error, StringComparison.Ordinal);
        Assert.Contains("s-1", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_agenda_is_a_clear_error_and_creates_nothing()
    {
        using var temp = new TempDatabase();

        var run = HostRun.InvokeWithDatabase("", temp.Path, "session", "start", "no-such-agenda", "--participants", "A", "B");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-agenda", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Path));
    }

    [Fact]
    public void A_role_the_agenda_does_not_declare_is_refused_before_anything_is_stored()
    {
        using var temp = new TempDatabase();

        var run = HostRun.InvokeWithDatabase("", temp.Path, "session", "start", "site-visit-day", "--participants", "Dana Reyes@hots", "Lee Park@visitor");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Dana Reyes has the role 'hots', which site-visit-day does not declare. Its roles: host, visitor.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Path));
    }

    [Fact]
    public void Participants_that_do_not_fit_the_agenda_are_refused_with_the_engines_reason_before_anything_is_stored()
    {
        using var temp = new TempDatabase();

        var run = HostRun.InvokeWithDatabase("", temp.Path, "session", "start", "site-visit-day", "--participants", "Dana Reyes@host", "Lee Park");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Cannot start site-visit-day: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("visitor", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Path));
    }

    [Fact]
    public void A_corrupt_database_is_reported_and_left_as_it_was()
    {
        using var temp = new TempDatabase();
        File.WriteAllText(temp.Path, "definitely not sqlite");
        var before = temp.Fingerprint();

        var run = HostRun.InvokeWithDatabase("", temp.Path, "session", "list");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not a SQLite database", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, temp.Fingerprint());
    }

    [Fact]
    public void A_missing_key_file_is_reported_and_the_database_is_left_as_it_was()
    {
        using var temp = new TempDatabase();
        HostRun.InvokeWithDatabase("ack all\nstart\nnote alex private secret\nquit\n", temp.Path, SessionScripts.StartArguments);
        File.Delete(temp.KeyPath);
        var before = temp.Fingerprint();

        var run = HostRun.InvokeWithDatabase("", temp.Path, "session", "resume", "s-1", "--clock", "manual");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("key file", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, temp.Fingerprint());
    }

    [Fact]
    public void Bad_script_lines_are_reported_with_their_line_number_and_change_nothing()
    {
        using var temp = new TempDatabase();

        var run = HostRun.InvokeWithDatabase("ack all\nfrobnicate\nextend soon\nquit\n", temp.Path, SessionScripts.StartArguments);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input line 2: Unknown command 'frobnicate'", run.Error, StringComparison.Ordinal);
        Assert.Contains("input line 3: 'soon' is not a positive duration", run.Error, StringComparison.Ordinal);
    }

    private static string[] LastScreen(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var start = Array.FindLastIndex(lines, l => l.StartsWith("[Monthly peer brainstorm", StringComparison.Ordinal));
        return lines[start..].TakeWhile(l => l.Length > 0 && !l.StartsWith("Session ", StringComparison.Ordinal)).ToArray();
    }

    private static string ItemAndFloor(string[] screen) =>
        string.Join('\n', screen.Where(l => !l.Contains("speaking time", StringComparison.Ordinal) && !l.Contains(" left of ", StringComparison.Ordinal)));
}

/// <summary>Issue 14 item 8 and issue 18 item 2: documents from a session just run, read from the store.</summary>
public class RenderFromStoreTests
{
    [Fact]
    public void A_stored_session_renders_its_summary_with_shareable_notes_only_and_names_nobody_under_chatham_house()
    {
        using var temp = new TempDatabase();
        var run = HostRun.InvokeWithDatabase(string.Join('\n', SessionScripts.FullRun(200)), temp.Path, SessionScripts.StartArguments);
        Assert.True(run.ExitCode == 0, run.Error + run.Output);

        var attributed = HostRun.InvokeWithDatabase("", temp.Path, "render", "summary.md", "--session", "s-1");
        Assert.True(attributed.ExitCode == 0, attributed.Error);
        Assert.Contains("A skip-level lunch works wonders (Sam Okafor)", attributed.Output, StringComparison.Ordinal);
        Assert.Contains("Send the vendor scorecard (Sam Okafor), due 2026-02-01", attributed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(SessionScripts.PrivateNote, attributed.Output, StringComparison.Ordinal);

        var chatham = HostRun.InvokeWithDatabase("", temp.Path, "render", "summary.html", "--session", "s-1", "--chatham-house");
        Assert.True(chatham.ExitCode == 0, chatham.Error);
        Assert.Contains("A skip-level lunch works wonders", chatham.Output, StringComparison.Ordinal);
        Assert.Contains("Chatham House Rule", chatham.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Okafor", chatham.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Chen", chatham.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(SessionScripts.PrivateNote, chatham.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_session_or_a_session_for_another_kind_is_refused_and_nothing_is_written()
    {
        using var temp = new TempDatabase();

        var missing = HostRun.InvokeWithDatabase("", temp.Path, "render", "summary.md", "--session", "nope");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("No session 'nope'", missing.Error, StringComparison.Ordinal);

        var wrongKind = HostRun.InvokeWithDatabase("", temp.Path, "render", "handout.md", "--session", "s-1");
        Assert.Equal(2, wrongKind.ExitCode);
        Assert.Contains("session templates only", wrongKind.Error, StringComparison.Ordinal);
    }
}
