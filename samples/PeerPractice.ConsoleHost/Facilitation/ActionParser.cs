using System.Globalization;
using System.Xml;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>
/// Parses the facilitator's command language, one command a line, into the library's
/// <see cref="SessionCommand"/> (or one of the host's own actions). The same words drive scripts
/// (standard input that is not a terminal) and the live view's text prompts. It never throws: any
/// line, however long or strange, is an action or an error message.
/// </summary>
internal static class ActionParser
{
    public static readonly TimeSpan DefaultExtension = TimeSpan.FromMinutes(1);

    private static readonly System.Buffers.SearchValues<char> _periodCharacters = System.Buffers.SearchValues.Create("0123456789HMShms.");

    public const string Usage = """
        commands (one a line; a line starting with '#' is a comment):
          ack <participant|all> [agreement-id]   acknowledge agreements (all of them when no id)
          start                                  begin the first item once everyone has acknowledged
          next | n                               end this turn (speaker or response) and move on
          skip | s                               skip the rest of this item
          back | b                               go back one item
          pause | p      resume | r              stop and restart the clock
          extend | e [duration]                  give the current turn more time (default 1m, at most 4h)
          note <author> [private|shareable] <text>   private unless marked shareable
          action <owner> [due YYYY-MM-DD] <text> an action item
          finish | f     abandon                 close the session
          quit | q                               leave it open; continue with 'session resume <id>'
          wait <duration>                        (scripted clock only) let time pass, e.g. 'wait 4m30s' (at most 24h)
          status | help
        """;

    /// <summary>How a duration failed to parse.</summary>
    public enum DurationParse
    {
        Valid,
        NotADuration,
        TooLong,
    }

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
                return Command(new StartCommand(), out action);
            case "next" or "n":
                return Command(new NextCommand(), out action);
            case "skip" or "s":
                return Command(new SkipItemCommand(), out action);
            case "back" or "b":
                return Command(new GoBackCommand(), out action);
            case "pause" or "p":
                return Command(new PauseCommand(), out action);
            case "resume" or "r":
                return Command(new ResumeCommand(), out action);
            case "extend" or "e":
                return TryParseExtension(rest, out action, out error);
            case "note":
                return TryParseNote(rest, out action, out error);
            case "action":
                return TryParseActionItem(rest, out action, out error);
            case "finish" or "f":
                return Command(new FinishCommand(), out action);
            case "abandon":
                return Command(new AbandonCommand(), out action);
            case "quit" or "q":
                action = new FacilitatorAction.Quit();
                return true;
            case "wait":
                return TryParseWait(rest, out action, out error);
            case "status":
                action = new FacilitatorAction.Status();
                return true;
            case "help" or "?":
                action = new FacilitatorAction.Help();
                return true;
            default:
                error = $"Unknown command '{ScriptLimits.Quote(verb)}'. Type 'help' for the list.";
                return false;
        }
    }

    /// <summary>
    /// Durations as <c>90s</c>, <c>4m30s</c>, <c>1h</c>, or ISO 8601 <c>PT4M30S</c>, up to <paramref name="max"/>.
    /// Never throws: numbers of any size are only compared, never turned into a <see cref="TimeSpan"/> beyond the bound.
    /// </summary>
    public static DurationParse TryParseDuration(string text, TimeSpan max, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        text = text.Trim();
        if (text.Length == 0)
        {
            return DurationParse.NotADuration;
        }

        decimal seconds;
        if (text.StartsWith("PT", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                seconds = (decimal)XmlConvert.ToTimeSpan(text.ToUpperInvariant()).TotalSeconds;
            }
            catch (FormatException)
            {
                // XmlConvert reports a well-formed period beyond TimeSpan's range as a format error too.
                return text.Length > 2 && text.AsSpan(2).IndexOfAnyExcept(_periodCharacters) < 0 && char.IsAsciiDigit(text[2])
                    ? DurationParse.TooLong
                    : DurationParse.NotADuration;
            }
            catch (OverflowException)
            {
                return DurationParse.TooLong;
            }
        }
        else if (!TrySumUnits(text, out seconds, out var tooLong))
        {
            return tooLong ? DurationParse.TooLong : DurationParse.NotADuration;
        }

        if (seconds < 0)
        {
            return DurationParse.NotADuration;
        }

        if (seconds > (decimal)max.TotalSeconds)
        {
            return DurationParse.TooLong;
        }

        duration = TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return DurationParse.Valid;
    }

    /// <summary>Adds up <c>4m30s</c>-style groups in seconds; a number of more than 18 digits is too long, not an overflow.</summary>
    private static bool TrySumUnits(string text, out decimal seconds, out bool tooLong)
    {
        seconds = 0;
        tooLong = false;
        decimal number = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 18)
                {
                    tooLong = true;
                    return false;
                }

                number = (number * 10) + (c - '0');
                continue;
            }

            if (digits == 0)
            {
                return false;
            }

            switch (char.ToLowerInvariant(c))
            {
                case 'h': seconds += number * 3600; break;
                case 'm': seconds += number * 60; break;
                case 's': seconds += number; break;
                default: return false;
            }

            if (seconds > 1_000_000_000_000m)
            {
                tooLong = true;
                return false;
            }

            number = 0;
            digits = 0;
        }

        return digits == 0;
    }

    private static bool Command(SessionCommand command, out FacilitatorAction? action)
    {
        action = new FacilitatorAction.Run(command);
        return true;
    }

    private static bool TryParseExtension(string rest, out FacilitatorAction? action, out string error)
    {
        action = null;
        error = "";
        if (rest.Length == 0)
        {
            return Command(new ExtendCommand(DefaultExtension), out action);
        }

        switch (TryParseDuration(rest, ScriptLimits.MaxExtension, out var by))
        {
            case DurationParse.Valid when by > TimeSpan.Zero:
                return Command(new ExtendCommand(by), out action);
            case DurationParse.TooLong:
                error = $"'{ScriptLimits.Quote(rest)}' is more than the {Format.Duration(ScriptLimits.MaxExtension)} one extension may add. Extend in smaller steps, e.g. 'extend 30m'.";
                return false;
            default:
                error = $"'{ScriptLimits.Quote(rest)}' is not a positive duration. Write e.g. 'extend 2m' or 'extend 90s'.";
                return false;
        }
    }

    private static bool TryParseWait(string rest, out FacilitatorAction? action, out string error)
    {
        action = null;
        error = "";
        switch (TryParseDuration(rest, ScriptLimits.MaxWait, out var wait))
        {
            case DurationParse.Valid:
                action = new FacilitatorAction.Wait(wait);
                return true;
            case DurationParse.TooLong:
                error = $"'{ScriptLimits.Quote(rest)}' is more than the {Format.Duration(ScriptLimits.MaxWait)} one wait may cover. Wait in steps, e.g. 'wait 8h'.";
                return false;
            default:
                error = $"'{ScriptLimits.Quote(rest)}' is not a duration. Write e.g. 'wait 5m' or 'wait 1h30m'.";
                return false;
        }
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

        if (text.Length > SessionLimits.MaxNoteLength)
        {
            error = $"the note is {text.Length} characters long; notes are limited to {SessionLimits.MaxNoteLength}. Split it into several notes: '{ScriptLimits.Quote(text)}'.";
            return false;
        }

        error = "";
        return Command(new AddNoteCommand(author, text, visibility), out action);
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
                error = $"'{ScriptLimits.Quote(date)}' is not a date. Write it as YYYY-MM-DD, e.g. 'action sam due 2026-12-15 Send the RFP template'.";
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

        if (text.Length > SessionLimits.MaxActionItemLength)
        {
            error = $"the action item is {text.Length} characters long; action items are limited to {SessionLimits.MaxActionItemLength}. Say it shorter: '{ScriptLimits.Quote(text)}'.";
            return false;
        }

        error = "";
        return Command(new AddActionItemCommand(owner, text, due), out action);
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
