using System;
using System.Collections.Generic;
using System.Globalization;
using PeerPractice.Agendas;

namespace PeerPractice.Sessions;

/// <summary>
/// Whether a session can be created: the participants against the agenda (count, unique ids, declared
/// roles, a holder for every role item), the first opener and the options. One check for
/// <see cref="AgendaSession.TryCreate"/>, <see cref="AgendaSession.Create"/> and replay, so a host
/// never needs its own.
/// </summary>
internal static class SessionSetup
{
    /// <summary>Returns null when the session can be created (with the participants copied and the opener's index), or the reason it cannot.</summary>
    /// <param name="agenda">The agenda.</param>
    /// <param name="participants">The participants as given.</param>
    /// <param name="options">The options.</param>
    /// <param name="copy">The participants, copied, when accepted.</param>
    /// <param name="opener">The first opener's index, when accepted.</param>
    /// <param name="parameter">The name of the argument at fault, when refused.</param>
    public static string? Check(AgendaDefinition agenda, IReadOnlyList<Participant> participants, SessionOptions options, out Participant[] copy, out int opener, out string parameter)
    {
        copy = [];
        opener = 0;
        parameter = nameof(participants);
        if (!(options.WarningFraction is >= 0 and <= 1))
        {
            parameter = nameof(options);
            return Text("SessionOptions.WarningFraction must be between 0 (no warnings) and 1, not {0}.", options.WarningFraction);
        }

        var rule = agenda.Participants;
        var min = Math.Max(1, rule.Min);
        if (participants.Count < min || participants.Count > rule.Max || participants.Count > ItemPlanner.MaxParticipants)
        {
            return Text("Agenda '{0}' takes {1} to {2} participants; {3} were given.", agenda.Id, min, Math.Min(rule.Max, ItemPlanner.MaxParticipants), participants.Count);
        }

        var people = new Participant[participants.Count];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < people.Length; i++)
        {
            var participant = participants[i];
            if (participant is null)
            {
                return "A participant is null.";
            }

            if (string.IsNullOrWhiteSpace(participant.Id) || !ids.Add(participant.Id))
            {
                return Text("Participant ids must be non-empty and unique; '{0}' is not.", participant.Id);
            }

            if (participant.Role is { } role && RoleProblem(agenda, participant, role) is { } problem)
            {
                return problem;
            }

            people[i] = participant;
        }

        foreach (var item in agenda.Items)
        {
            if (item.Turns.Kind == TurnKind.Role && Array.FindIndex(people, p => string.Equals(p.Role, item.Turns.RoleName, StringComparison.Ordinal)) < 0)
            {
                return Text("Agenda '{0}' item '{1}' is for role '{2}', but no participant holds that role.", agenda.Id, item.Id, item.Turns.RoleName);
            }
        }

        if (options.FirstOpenerId is { } openerId)
        {
            opener = Array.FindIndex(people, p => string.Equals(p.Id, openerId, StringComparison.Ordinal));
            if (opener < 0)
            {
                parameter = nameof(SessionOptions.FirstOpenerId);
                return Text("The first opener '{0}' is not a participant.", openerId);
            }
        }

        copy = people;
        return null;
    }

    private static string? RoleProblem(AgendaDefinition agenda, Participant participant, string role)
    {
        var declared = new List<string>(agenda.Participants.Roles.Count);
        foreach (var candidate in agenda.Participants.Roles)
        {
            if (string.Equals(candidate.Name, role, StringComparison.Ordinal))
            {
                return null;
            }

            declared.Add(candidate.Name);
        }

        return declared.Count == 0
            ? Text("{0} has the role '{1}', but {2} declares no roles.", participant.Name, role, agenda.Id)
            : Text("{0} has the role '{1}', which {2} does not declare. Its roles: {3}.", participant.Name, role, agenda.Id, string.Join(", ", declared));
    }

    private static string Text(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
