using System.Globalization;
using System.Xml;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>
/// Parses the facilitator's command language, one command a line. The same words drive scripts
/// (standard input that is not a terminal) and the live view's text prompts.
/// </summary>
internal static class ActionParser
{
    public static readonly TimeSpan DefaultExtension = TimeSpan.FromMinutes(1);

    public const string Usage = """
        commands (one a line; a line starting with '#' is a comment):
          ack <participant|all> [agreement-id]   acknowledge agreements (all of them when no id)
          start                                  begin the first item once everyone has acknowledged
          next | n                               end this turn (speaker or response) and move on
          skip | s                               skip the rest of this item
          back | b                               go back one item
          pause | p      resume | r              stop and restart the clock
          extend | e [duration]                  give the current turn more time (default 1m)
          note <author> [private|shareable] <text>   private unless marked shareable
          action <owner> [due YYYY-MM-DD] <text> an action item
          finish | f     abandon                 close the session
          quit | q                               leave it open; continue with 'session resume <id>'
          wait <duration>                        (scripted clock only) let time pass, e.g. 'wait 4m30s'
          status | help
        """;

    public static bool TryParse(string line, out FacilitatorAction? action, out string error)
    {
        action = null;
        error = "";
        var text = StripComment(line).Trim();
        if (text.Length == 0)
        {
            return true;
        }

        var (verb, rest) = SplitFirst(text);
        switch (verb.ToLowerInvariant())
        {
            case "ack":
                if (rest.Length == 0)
                {
                    error = "ack needs a participant (or 'all'), e.g. 'ack all' or 'ack alex confidentiality'.";
                    return false;
                }

                var (who, agreement) = SplitFirst(rest);
                action = new FacilitatorAction.Acknowledge(Equals(who, "all") ? null : who, agreement.Length == 0 ? null : agreement);
                return true;
            case "start":
                action = new FacilitatorAction.Start();
                return true;
            case "next" or "n":
                action = new FacilitatorAction.Next();
                return true;
            case "skip" or "s":
                action = new FacilitatorAction.Skip();
                return true;
            case "back" or "b":
                action = new FacilitatorAction.Back();
                return true;
            case "pause" or "p":
                action = new FacilitatorAction.Pause();
                return true;
            case "resume" or "r":
                action = new FacilitatorAction.Resume();
                return true;
            case "extend" or "e":
                if (rest.Length == 0)
                {
                    action = new FacilitatorAction.Extend(DefaultExtension);
                    return true;
                }

                if (!TryParseDuration(rest, out var by) || by <= TimeSpan.Zero)
                {
                    error = $"'{rest}' is not a positive duration. Write e.g. 'extend 2m' or 'extend 90s'.";
                    return false;
                }

                action = new FacilitatorAction.Extend(by);
                return true;
            case "note":
                return TryParseNote(rest, out action, out error);
            case "action":
                return TryParseActionItem(rest, out action, out error);
            case "finish" or "f":
                action = new FacilitatorAction.Finish();
                return true;
            case "abandon":
                action = new FacilitatorAction.Abandon();
                return true;
            case "quit" or "q":
                action = new FacilitatorAction.Quit();
                return true;
            case "wait":
                if (!TryParseDuration(rest, out var wait) || wait < TimeSpan.Zero)
                {
                    error = $"'{rest}' is not a duration. Write e.g. 'wait 5m' or 'wait 1h30m'.";
                    return false;
                }

                action = new FacilitatorAction.Wait(wait);
                return true;
            case "status":
                action = new FacilitatorAction.Status();
                return true;
            case "help" or "?":
                action = new FacilitatorAction.Help();
                return true;
            default:
                error = $"Unknown command '{verb}'. Type 'help' for the list.";
                return false;
        }
    }

    /// <summary>Durations as <c>90s</c>, <c>4m30s</c>, <c>1h</c>, or ISO 8601 <c>PT4M30S</c>.</summary>
    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        text = text.Trim();
        if (text.StartsWith("PT", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                duration = XmlConvert.ToTimeSpan(text.ToUpperInvariant());
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        var total = TimeSpan.Zero;
        var number = 0L;
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                number = checked((number * 10) + (c - '0'));
                digits++;
                continue;
            }

            if (digits == 0)
            {
                return false;
            }

            switch (char.ToLowerInvariant(c))
            {
                case 'h': total += TimeSpan.FromHours(number); break;
                case 'm': total += TimeSpan.FromMinutes(number); break;
                case 's': total += TimeSpan.FromSeconds(number); break;
                default: return false;
            }

            number = 0;
            digits = 0;
        }

        if (digits != 0 || text.Length == 0)
        {
            return false;
        }

        duration = total;
        return true;
    }

    private static bool TryParseNote(string rest, out FacilitatorAction? action, out string error)
    {
        action = null;
        var (author, afterAuthor) = SplitFirst(rest);
        var (maybeVisibility, afterVisibility) = SplitFirst(afterAuthor);
        var visibility = NoteVisibility.Private;
        var text = afterAuthor;
        if (Equals(maybeVisibility, "private") || Equals(maybeVisibility, "shareable"))
        {
            visibility = Equals(maybeVisibility, "shareable") ? NoteVisibility.Shareable : NoteVisibility.Private;
            text = afterVisibility;
        }

        if (author.Length == 0 || text.Length == 0)
        {
            error = "note needs an author and a text, e.g. 'note alex shareable Try a skip-level lunch'.";
            return false;
        }

        error = "";
        action = new FacilitatorAction.Note(author, visibility, text);
        return true;
    }

    private static bool TryParseActionItem(string rest, out FacilitatorAction? action, out string error)
    {
        action = null;
        var (owner, afterOwner) = SplitFirst(rest);
        DateOnly? due = null;
        var text = afterOwner;
        var (maybeDue, afterDue) = SplitFirst(afterOwner);
        if (Equals(maybeDue, "due"))
        {
            var (date, afterDate) = SplitFirst(afterDue);
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                error = $"'{date}' is not a date. Write it as YYYY-MM-DD, e.g. 'action sam due 2026-12-15 Send the RFP template'.";
                return false;
            }

            due = parsed;
            text = afterDate;
        }

        if (owner.Length == 0 || text.Length == 0)
        {
            error = "action needs an owner and a text, e.g. 'action sam due 2026-12-15 Send the RFP template'.";
            return false;
        }

        error = "";
        action = new FacilitatorAction.AddActionItem(owner, due, text);
        return true;
    }

    // Only whole lines are comments: a note's text may contain '#'.
    private static string StripComment(string line) => line.TrimStart().StartsWith('#') ? "" : line;

    private static (string Head, string Tail) SplitFirst(string text)
    {
        text = text.Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..].Trim());
    }

    private static bool Equals(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
