using System.Collections.Generic;
using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>Participants, roles and agreements.</summary>
internal sealed partial class AgendaBinder
{
    private static readonly string[] _participantFields = ["min", "max", "roles"];
    private static readonly string[] _roleFields = ["name", "description"];
    private static readonly string[] _agreementFields = ["id", "text"];

    private BoundParticipants BindParticipants(JsonNode? participants, AgendaFormat? format)
    {
        if (participants is null)
        {
            // Defaults by format, documented in docs/agenda-format.md.
            var (min, max) = format switch
            {
                AgendaFormat.Group => (3, 8),
                AgendaFormat.Visit => (2, 10),
                _ => (2, 2),
            };
            return new BoundParticipants(new ParticipantRule(min, max, default), null, null, RolesKnown: true);
        }

        if (!_fields.IsObject(participants, "\"participants\""))
        {
            return new BoundParticipants(null, null, null, RolesKnown: false);
        }

        JsonNode? minNode = null, maxNode = null, roles = null;
        foreach (var field in participants.Children)
        {
            switch (field.Name)
            {
                case "min": minNode = field; break;
                case "max": maxNode = field; break;
                case "roles": roles = field; break;
                default: _fields.Unknown(field, "\"participants\"", _participantFields); break;
            }
        }

        var minimum = _fields.RequiredCount(participants, minNode, "min", "the fewest participants a session may start with, such as 2");
        var maximum = _fields.RequiredCount(participants, maxNode, "max", "the most participants a session may have, such as 2");
        var (roleList, rolesKnown) = BindRoles(roles);
        var rule = minimum is null || maximum is null ? null : new ParticipantRule(minimum.Value, maximum.Value, roleList);
        return new BoundParticipants(rule, minimum is null ? null : minNode, maximum is null ? null : maxNode, rolesKnown);
    }

    private (ValueArray<ParticipantRole> Roles, bool Known) BindRoles(JsonNode? roles)
    {
        if (roles is null)
        {
            return (default, true);
        }

        if (!_fields.Is(roles, ExpectedType.Array, "\"roles\""))
        {
            return (default, false);
        }

        var list = new List<ParticipantRole>(roles.Children.Length);
        var known = true;
        foreach (var role in roles.Children)
        {
            if (!_fields.IsObject(role, "each role"))
            {
                known = false;
                continue;
            }

            JsonNode? name = null, description = null;
            foreach (var field in role.Children)
            {
                switch (field.Name)
                {
                    case "name": name = field; break;
                    case "description": description = field; break;
                    default: _fields.Unknown(field, "a role", _roleFields); break;
                }
            }

            var roleName = _fields.RequiredId(role, name, "name", "the role's kebab-case name, such as \"host\"", _scopes.Roles);
            var roleDescription = _fields.OptionalText(description, "description", "what the role does");
            if (roleName is null)
            {
                // A role whose name cannot be read might be the one an item names: do not guess.
                known = false;
                continue;
            }

            list.Add(new ParticipantRole(roleName, roleDescription));
        }

        return (ToValueArray(list), known);
    }

    private ValueArray<Agreement> BindAgreements(JsonNode? agreements)
    {
        if (agreements is null || !_fields.Is(agreements, ExpectedType.Array, "\"agreements\""))
        {
            return default;
        }

        var list = new List<Agreement>(agreements.Children.Length);
        foreach (var agreement in agreements.Children)
        {
            if (!_fields.IsObject(agreement, "each agreement"))
            {
                continue;
            }

            JsonNode? id = null, text = null;
            foreach (var field in agreement.Children)
            {
                switch (field.Name)
                {
                    case "id": id = field; break;
                    case "text": text = field; break;
                    default: _fields.Unknown(field, "an agreement", _agreementFields); break;
                }
            }

            var agreementId = _fields.RequiredId(agreement, id, "id", "the agreement's kebab-case id, such as \"confidentiality\"", _scopes.Agreements);
            var agreementText = _fields.RequiredText(agreement, text, "text", "the words every participant acknowledges");
            if (agreementId is not null && agreementText is not null)
            {
                list.Add(new Agreement(agreementId, agreementText));
            }
        }

        return ToValueArray(list);
    }
}
