using System;
using System.Collections.Generic;
using PeerPractice.Collections;
using PeerPractice.Sessions;
using Scriban.Runtime;

namespace PeerPractice.Documents;

/// <summary>
/// The one place that decides how a person appears in a document. Under the Chatham House Rule a
/// person is shown by role only, so no template, built-in or override, can print a name it was
/// never given.
/// </summary>
internal sealed class PeopleView
{
    private readonly Dictionary<string, Participant> _byId = new(StringComparer.Ordinal);

    public PeopleView(Attribution attribution, params ValueArray<Participant>[] groups)
    {
        Attribution = attribution;
        foreach (var group in groups)
        {
            foreach (var person in group)
            {
                _byId.TryAdd(person.Id, person);
            }
        }
    }

    public Attribution Attribution { get; }

    public bool Attributed => Attribution == Attribution.Attributed;

    /// <summary>A person as the template sees them: a name only when attributed, always a role.</summary>
    public ScriptObject Person(Participant person)
    {
        var value = ModelValues.Object();
        value["name"] = Attributed ? person.Name : null;
        value["role"] = string.IsNullOrEmpty(person.Role) ? "participant" : person.Role;
        return value;
    }

    public ModelArray People(ValueArray<Participant> people)
    {
        var array = new ModelArray(people.Count);
        foreach (var person in people)
        {
            array.Add(Person(person));
        }

        return array;
    }

    /// <summary>The name for a participant id, or null when not attributed or not known.</summary>
    public string? NameOf(string participantId) =>
        Attributed && _byId.TryGetValue(participantId, out var person) ? person.Name : null;

    /// <summary>
    /// Shareable notes only (<see cref="SessionNote.ShareableOf"/>, the one confidentiality rule), with
    /// the author named only when attributed; private notes are dropped here, before any template runs.
    /// </summary>
    public ModelArray ShareableNotes(ValueArray<SessionNote> notes)
    {
        var array = new ModelArray();
        foreach (var note in SessionNote.ShareableOf(notes))
        {
            var value = ModelValues.Object();
            value["text"] = note.Text;
            value["author"] = NameOf(note.Author);
            value["item"] = note.ItemId;
            value["at"] = ModelValues.DateTime(note.At);
            array.Add(value);
        }

        return array;
    }

    public ModelArray ActionItems(ValueArray<ActionItem> actions)
    {
        var array = new ModelArray(actions.Count);
        foreach (var action in actions)
        {
            var value = ModelValues.Object();
            value["text"] = action.Text;
            value["owner"] = NameOf(action.Owner);
            value["due"] = ModelValues.Date(action.Due);
            value["item"] = action.ItemId;
            array.Add(value);
        }

        return array;
    }
}
