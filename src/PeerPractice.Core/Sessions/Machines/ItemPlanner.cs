using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using PeerPractice.Agendas;

namespace PeerPractice.Sessions;

/// <summary>Works out every item's turns for a session's participants, applying the agenda's rotation.</summary>
internal static class ItemPlanner
{
    /// <summary>Most participants a session supports: one bit each in a floor mask.</summary>
    public const int MaxParticipants = 64;

    public static ItemPlan[] Build(AgendaDefinition agenda, IReadOnlyList<Participant> participants, int firstOpener)
    {
        var count = participants.Count;
        var everyone = count == MaxParticipants ? ulong.MaxValue : (1UL << count) - 1;

        // The base speaking order starts with the chosen opener (fairness across a series) and keeps the given order after it.
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = (firstOpener + i) % count;
        }

        var plans = new ItemPlan[agenda.Items.Count];
        var rotatingItems = 0;
        for (var itemIndex = 0; itemIndex < plans.Length; itemIndex++)
        {
            var item = agenda.Items[itemIndex];
            var response = item.Response;
            ulong[] floors;
            bool shared;
            switch (item.Turns.Kind)
            {
                case TurnKind.Each:
                    floors = EachFloors(order, agenda.Rotation, rotatingItems++);
                    shared = false;
                    break;
                case TurnKind.Role:
                    var roleMask = RoleMask(participants, item.Turns.RoleName);
                    if (roleMask == 0)
                    {
                        throw new ArgumentException(
                            string.Format(CultureInfo.InvariantCulture, "Agenda '{0}' item '{1}' is for role '{2}', but no participant holds that role.", agenda.Id, item.Id, item.Turns.RoleName),
                            nameof(participants));
                    }

                    floors = [roleMask];
                    shared = BitOperations.PopCount(roleMask) > 1;
                    break;
                default:
                    floors = [everyone];
                    shared = count > 1;
                    break;
            }

            plans[itemIndex] = new ItemPlan(floors, shared, response is not null, item.Timebox, response?.Timebox ?? TimeSpan.Zero, everyone);
        }

        return plans;
    }

    private static ulong[] EachFloors(int[] order, RotationPolicy rotation, int rotationIndex)
    {
        var count = order.Length;
        var floors = new ulong[count];
        for (var turn = 0; turn < count; turn++)
        {
            var position = rotation switch
            {
                RotationPolicy.Fixed => turn,
                RotationPolicy.RoundRobin => (turn + rotationIndex) % count,

                // Alternate reverses the order on every other item: for a pair the opener alternates, for a
                // group the last speaker opens next ("snake" order), so nobody always goes first.
                _ => rotationIndex % 2 == 0 ? turn : count - 1 - turn,
            };
            floors[turn] = 1UL << order[position];
        }

        return floors;
    }

    private static ulong RoleMask(IReadOnlyList<Participant> participants, string? role)
    {
        var mask = 0UL;
        for (var i = 0; i < participants.Count; i++)
        {
            if (string.Equals(participants[i].Role, role, StringComparison.Ordinal))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }
}
