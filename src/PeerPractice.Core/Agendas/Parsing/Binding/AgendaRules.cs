using System;
using System.Collections.Generic;
using System.Globalization;
using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>
/// The rules that span more than one field: unique ids and C# names per scope, declared roles,
/// participants.min against max, and timeboxes against the planned duration.
/// </summary>
internal static class AgendaRules
{
    /// <summary>Runs every cross-field rule over what the binder gathered.</summary>
    public static void Check(AgendaScopes scopes, BoundParticipants participants, JsonNode? durationNode, TimeSpan? duration, ProblemCollector problems)
    {
        CheckUnique(scopes.Sections, "section", problems);
        CheckUnique(scopes.Items, "item", problems);
        CheckUnique(scopes.Agreements, "agreement", problems);
        CheckUnique(scopes.Roles, "role", problems);
        if (participants.RolesKnown)
        {
            CheckRoleReferences(scopes, problems);
        }

        var rule = participants.Rule;
        if (rule is not null && rule.Min > rule.Max)
        {
            problems.Report(
                AgendaProblemCatalog.ParticipantsMinAboveMax,
                "participants.min is " + Number(rule.Min) + " but participants.max is " + Number(rule.Max) + ". Make min at most max.",
                participants.Min!);
        }

        if (rule is not null && durationNode is not null && duration is not null)
        {
            CheckOverrun(scopes.Timeboxes, rule.Max, durationNode, duration.Value, problems);
        }
    }

    private const int PairwiseLimit = 32;

    private static void CheckUnique(List<ScopedId> scope, string kind, ProblemCollector problems)
    {
        if (scope.Count > PairwiseLimit)
        {
            CheckUniqueLarge(scope, kind, problems);
            return;
        }

        // Scopes usually hold a handful of ids, so pairwise comparison beats building dictionaries and names.
        for (var i = 1; i < scope.Count; i++)
        {
            var entry = scope[i];
            for (var j = 0; j < i; j++)
            {
                var earlier = scope[j];
                if (string.Equals(earlier.Id, entry.Id, StringComparison.Ordinal))
                {
                    if (IsFirstOccurrence(scope, j))
                    {
                        problems.Report(
                            AgendaProblemCatalog.DuplicateId,
                            "Another " + kind + " already has the id \"" + entry.Id + "\" (line " + Line(problems, earlier) + "). Give this " + kind + " an id of its own.",
                            entry.Node);
                        break;
                    }
                }
                else if (SamePascalName(earlier.Id, entry.Id) && IsFirstOccurrence(scope, j) && IsFirstOccurrence(scope, i))
                {
                    problems.Report(
                        AgendaProblemCatalog.IdentifierClash,
                        "The " + kind + " ids \"" + earlier.Id + "\" and \"" + entry.Id + "\" both make the C# name " + AgendaIdentifiers.ToPascalCase(entry.Id) + ". Rename one so that they differ by more than hyphens.",
                        entry.Node);
                    break;
                }
            }
        }
    }

    /// <summary>The same rule for big scopes (a generated 10 MB agenda), in linear time.</summary>
    private static void CheckUniqueLarge(List<ScopedId> scope, string kind, ProblemCollector problems)
    {
        var firstById = new Dictionary<string, ScopedId>(StringComparer.Ordinal);
        var firstByName = new Dictionary<string, ScopedId>(StringComparer.Ordinal);
        foreach (var entry in scope)
        {
            if (firstById.TryGetValue(entry.Id, out var first))
            {
                problems.Report(
                    AgendaProblemCatalog.DuplicateId,
                    "Another " + kind + " already has the id \"" + entry.Id + "\" (line " + Line(problems, first) + "). Give this " + kind + " an id of its own.",
                    entry.Node);
                continue;
            }

            firstById.Add(entry.Id, entry);
            var name = AgendaIdentifiers.ToPascalCase(entry.Id);
            if (firstByName.TryGetValue(name, out var clash))
            {
                problems.Report(
                    AgendaProblemCatalog.IdentifierClash,
                    "The " + kind + " ids \"" + clash.Id + "\" and \"" + entry.Id + "\" both make the C# name " + name + ". Rename one so that they differ by more than hyphens.",
                    entry.Node);
                continue;
            }

            firstByName.Add(name, entry);
        }
    }

    /// <summary>True when no id before <paramref name="index"/> equals the id at <paramref name="index"/>.</summary>
    private static bool IsFirstOccurrence(List<ScopedId> scope, int index)
    {
        for (var k = 0; k < index; k++)
        {
            if (string.Equals(scope[k].Id, scope[index].Id, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when two kebab-case ids make the same <see cref="AgendaIdentifiers.ToPascalCase"/> name,
    /// compared character by character without building the names.
    /// </summary>
    internal static bool SamePascalName(string a, string b)
    {
        int i = 0, j = 0;
        bool startA = true, startB = true;
        while (true)
        {
            while (i < a.Length && a[i] == '-')
            {
                i++;
                startA = true;
            }

            while (j < b.Length && b[j] == '-')
            {
                j++;
                startB = true;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (Upper(a[i], startA) != Upper(b[j], startB))
            {
                return false;
            }

            i++;
            j++;
            startA = startB = false;
        }
    }

    private static char Upper(char c, bool startOfWord) => startOfWord && c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;

    private static void CheckRoleReferences(AgendaScopes scopes, ProblemCollector problems)
    {
        foreach (var reference in scopes.RoleReferences)
        {
            var declared = false;
            foreach (var role in scopes.Roles)
            {
                declared |= string.Equals(role.Id, reference.Id, StringComparison.Ordinal);
            }

            if (!declared)
            {
                var known = scopes.Roles.Count == 0
                    ? "The agenda declares no roles: add \"roles\": [ { \"name\": \"" + reference.Id + "\" } ] to \"participants\"."
                    : "Declared roles: " + Join(scopes.Roles) + ". Declare \"" + reference.Id + "\" in participants.roles or use one of those.";
                problems.Report(AgendaProblemCatalog.UndeclaredRole, "\"turns\" names the role \"" + reference.Id + "\", which the agenda does not declare. " + known, reference.Node);
            }
        }
    }

    private static void CheckOverrun(List<TimeboxEntry> entries, int maxParticipants, JsonNode durationNode, TimeSpan duration, ProblemCollector problems)
    {
        var total = TimeSpan.Zero;
        foreach (var entry in entries)
        {
            if (entry.Turns is null || entry.Timebox is null || (entry.HasResponse && entry.Response is null))
            {
                return; // An unreadable timebox is already an error; a sum without it would mislead.
            }

            var response = entry.Response?.Timebox ?? TimeSpan.Zero;
            total += entry.Turns.Value.Kind == TurnKind.Each
                ? TimeSpan.FromTicks((entry.Timebox.Value.Ticks + response.Ticks) * maxParticipants)
                : entry.Timebox.Value + response;
        }

        if (total > duration)
        {
            problems.Report(
                AgendaProblemCatalog.TimeboxesOverrun,
                "The timeboxes add up to " + DurationText.Format(total) + " with " + Number(maxParticipants) + " participants, " + DurationText.Format(total - duration)
                + " more than \"duration\" " + DurationText.Format(duration) + ". Shorten timeboxes or lengthen the duration to at least " + DurationText.Format(total) + ".",
                durationNode);
        }
    }

    private static string Join(List<ScopedId> roles)
    {
        var names = new string[roles.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = "\"" + roles[i].Id + "\"";
        }

        return string.Join(", ", names);
    }

    private static string Line(ProblemCollector problems, ScopedId entry) => Number(problems.LineOf(entry.Node.Start));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
