using System.Collections.Generic;
using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>Sections, items, turn policies and response phases.</summary>
internal sealed partial class AgendaBinder
{
    private static readonly string[] _sectionFields = ["id", "title", "items"];
    private static readonly string[] _itemFields = ["id", "prompt", "turns", "timebox", "response", "guidance"];
    private static readonly string[] _responseFields = ["kind", "timebox"];

    private ValueArray<AgendaSection> BindSections(JsonNode root, JsonNode? sections)
    {
        var problems = _fields.Problems;
        if (sections is null)
        {
            problems.Report(AgendaProblemCatalog.EmptyAgenda, "The agenda has no \"sections\". Add \"sections\": [ { \"id\": ..., \"title\": ..., \"items\": [...] } ] with at least one section.", root.Start, root.Start + 1, root.PathOf("sections"));
            return default;
        }

        if (!_fields.Is(sections, ExpectedType.Array, "\"sections\""))
        {
            return default;
        }

        if (sections.Children.Length == 0)
        {
            problems.Report(AgendaProblemCatalog.EmptyAgenda, "The agenda's \"sections\" is empty. Add at least one section with at least one item.", sections);
            return default;
        }

        var list = new List<AgendaSection>(sections.Children.Length);
        foreach (var section in sections.Children)
        {
            var bound = BindSection(section);
            if (bound is not null)
            {
                list.Add(bound);
            }
        }

        return ToValueArray(list);
    }

    private AgendaSection? BindSection(JsonNode section)
    {
        if (!_fields.IsObject(section, "each section"))
        {
            return null;
        }

        JsonNode? id = null, title = null, items = null;
        foreach (var field in section.Children)
        {
            switch (field.Name)
            {
                case "id": id = field; break;
                case "title": title = field; break;
                case "items": items = field; break;
                default: _fields.Unknown(field, "a section", _sectionFields); break;
            }
        }

        var sectionId = _fields.RequiredId(section, id, "id", "the section's kebab-case id, such as \"opportunities\"", _scopes.Sections);
        var sectionTitle = _fields.RequiredText(section, title, "title", "the section's title, shown to people");
        var itemList = BindItems(section, items);
        return sectionId is null || sectionTitle is null ? null : new AgendaSection(sectionId, sectionTitle, itemList);
    }

    private ValueArray<AgendaItem> BindItems(JsonNode section, JsonNode? items)
    {
        if (items is null)
        {
            _fields.Problems.Report(AgendaProblemCatalog.EmptySection, "The section has no \"items\". Add \"items\": [ { \"id\": ..., \"prompt\": ..., \"turns\": ..., \"timebox\": ... } ] with at least one item.", section.Start, section.Start + 1, section.PathOf("items"));
            return default;
        }

        if (!_fields.Is(items, ExpectedType.Array, "\"items\""))
        {
            return default;
        }

        if (items.Children.Length == 0)
        {
            _fields.Problems.Report(AgendaProblemCatalog.EmptySection, "The section's \"items\" is empty. Add at least one item, or delete the section.", items);
            return default;
        }

        var list = new List<AgendaItem>(items.Children.Length);
        foreach (var item in items.Children)
        {
            var bound = BindItem(item);
            if (bound is not null)
            {
                list.Add(bound);
            }
        }

        return ToValueArray(list);
    }

    private AgendaItem? BindItem(JsonNode item)
    {
        if (!_fields.IsObject(item, "each item"))
        {
            return null;
        }

        JsonNode? id = null, prompt = null, turns = null, timebox = null, response = null, guidance = null;
        foreach (var field in item.Children)
        {
            switch (field.Name)
            {
                case "id": id = field; break;
                case "prompt": prompt = field; break;
                case "turns": turns = field; break;
                case "timebox": timebox = field; break;
                case "response": response = field; break;
                case "guidance": guidance = field; break;
                default: _fields.Unknown(field, "an item", _itemFields); break;
            }
        }

        var itemId = _fields.RequiredId(item, id, "id", "the item's kebab-case id, such as \"biggest-problem\"", _scopes.Items);
        var itemPrompt = _fields.RequiredText(item, prompt, "prompt", "the question or activity, as shown to people");
        var policy = BindTurns(item, turns);
        var itemTimebox = _fields.RequiredDuration(item, timebox, "timebox", "how long each speaker has (for \"each\") or the whole item has, such as \"PT5M\"");
        var phase = response is null ? null : BindResponse(response);
        var itemGuidance = _fields.OptionalText(guidance, "guidance", "a hint for the facilitator or speaker");
        if (response is not null && policy?.Kind == TurnKind.Open)
        {
            _fields.Problems.Report(AgendaProblemCatalog.ResponseOnOpenItem, "This item is an open discussion, so there is no speaker for \"response\" to follow and it will be ignored. Delete \"response\", or make \"turns\" \"each\".", response.NameStart, response.NameEnd, response.Path);
        }

        _scopes.Timeboxes.Add(new TimeboxEntry(policy, itemTimebox, phase, response is not null));
        if (itemId is null || itemPrompt is null || policy is null || itemTimebox is null)
        {
            return null;
        }

        return new AgendaItem(itemId, itemPrompt, policy.Value, itemTimebox.Value, phase, itemGuidance);
    }

    private TurnPolicy? BindTurns(JsonNode item, JsonNode? turns)
    {
        var text = _fields.RequiredText(item, turns, "turns", "who speaks: \"each\", \"open\" or \"role:NAME\"");
        switch (text)
        {
            case null: return null;
            case "each": return TurnPolicy.Each;
            case "open": return TurnPolicy.Open;
        }

        const string RolePrefix = "role:";
        if (!text.StartsWith(RolePrefix, System.StringComparison.Ordinal) || text.Length == RolePrefix.Length)
        {
            _fields.Problems.Report(AgendaProblemCatalog.UnknownValue, "\"turns\" is " + FieldReader.Quote(text) + ". Use \"each\" (everyone in turn), \"open\" (free discussion) or \"role:NAME\" (only that role speaks, such as \"role:host\").", turns!);
            return null;
        }

        var role = text.Substring(RolePrefix.Length);
        if (!AgendaIdentifiers.IsKebabCase(role))
        {
            _fields.Problems.Report(AgendaProblemCatalog.InvalidId, FieldReader.NotKebabMessage("The role in \"turns\"", role), turns!);
            return null;
        }

        _scopes.RoleReferences.Add(new ScopedId(role, turns!));
        return TurnPolicy.ForRole(role);
    }

    private ResponsePhase? BindResponse(JsonNode response)
    {
        if (!_fields.IsObject(response, "\"response\""))
        {
            return null;
        }

        JsonNode? kind = null, timebox = null;
        foreach (var field in response.Children)
        {
            switch (field.Name)
            {
                case "kind": kind = field; break;
                case "timebox": timebox = field; break;
                default: _fields.Unknown(field, "\"response\"", _responseFields); break;
            }
        }

        var kindText = _fields.RequiredText(response, kind, "kind", "what the listeners give back: \"perspective\", \"suggestions\" or \"questions\"");
        ResponseKind? responseKind = null;
        switch (kindText)
        {
            case null: break;
            case "perspective": responseKind = ResponseKind.Perspective; break;
            case "suggestions": responseKind = ResponseKind.Suggestions; break;
            case "questions": responseKind = ResponseKind.Questions; break;
            default:
                _fields.Problems.Report(AgendaProblemCatalog.UnknownValue, "\"kind\" is " + FieldReader.Quote(kindText) + ". Use \"perspective\", \"suggestions\" or \"questions\".", kind!);
                break;
        }

        var responseTimebox = _fields.RequiredDuration(response, timebox, "timebox", "how long the listeners have, such as \"PT3M\"");
        return responseKind is null || responseTimebox is null ? null : new ResponsePhase(responseKind.Value, responseTimebox.Value);
    }
}
