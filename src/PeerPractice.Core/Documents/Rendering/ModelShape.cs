using System;
using System.Collections.Generic;
using System.Linq;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PeerPractice.Documents;

/// <summary>
/// The members a kind's model has, merged from sample models (every element of every list, both
/// attribution modes), and a check of a parsed template against them on every branch: rendering the
/// samples only visits the branches the samples take, so a misspelt member under an <c>if</c> would
/// otherwise wait for real data to fail.
/// </summary>
internal sealed class ModelShape
{
    private Dictionary<string, ModelShape?>? _members;
    private ModelShape? _element;

    public static ModelShape? Of(IEnumerable<DocumentModel> models)
    {
        ModelShape? shape = null;
        foreach (var model in models)
        {
            shape = Merge(shape, model.Root);
        }

        return shape;
    }

    /// <summary>Every member expression of <paramref name="template"/> whose target is known and lacks the member.</summary>
    public List<Problem> UnknownMembers(Template template, TemplateSource source)
    {
        var problems = new List<Problem>();
        var reported = new HashSet<(int, int)>();
        if (template.Page is not null)
        {
            Walk(template.Page, new Dictionary<string, ModelShape?>(StringComparer.Ordinal), source, problems, reported);
        }

        return problems;
    }

    private static ModelShape? Merge(ModelShape? shape, object? value)
    {
        switch (value)
        {
            case ScriptObject scriptObject:
                shape ??= new ModelShape();
                shape._members ??= new Dictionary<string, ModelShape?>(StringComparer.Ordinal);
                foreach (var member in scriptObject)
                {
                    shape._members.TryGetValue(member.Key, out var existing);
                    shape._members[member.Key] = Merge(existing, member.Value);
                }

                return shape;
            case ScriptArray array:
                shape ??= new ModelShape();
                shape._element ??= new ModelShape();
                foreach (var item in array)
                {
                    shape._element = Merge(shape._element, item);
                }

                return shape;
            default:
                return shape;
        }
    }

    private void Walk(ScriptNode? node, Dictionary<string, ModelShape?> scope, TemplateSource source, List<Problem> problems, HashSet<(int, int)> reported)
    {
        if (node is null)
        {
            return;
        }

        if (node is ScriptForStatement loop && loop.Variable is ScriptVariable variable)
        {
            Walk(loop.Iterator, scope, source, problems, reported);
            var inner = new Dictionary<string, ModelShape?>(scope, StringComparer.Ordinal)
            {
                [variable.Name] = Resolve(loop.Iterator, scope, source, problems, reported)?._element,
            };
            Walk(loop.Body, inner, source, problems, reported);
            return;
        }

        if (node is ScriptMemberExpression or ScriptIndexerExpression)
        {
            Resolve((ScriptExpression)node, scope, source, problems, reported);
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                Walk(child, scope, source, problems, reported);
            }
        }
    }

    private ModelShape? Resolve(ScriptExpression? expression, Dictionary<string, ModelShape?> scope, TemplateSource source, List<Problem> problems, HashSet<(int, int)> reported)
    {
        switch (expression)
        {
            case ScriptVariableGlobal global:
                if (scope.TryGetValue(global.Name, out var bound))
                {
                    return bound;
                }

                return _members is not null && _members.TryGetValue(global.Name, out var top) ? top : null;
            case ScriptNestedExpression nested:
                return Resolve(nested.Expression, scope, source, problems, reported);
            case ScriptIndexerExpression indexer:
                return Resolve(indexer.Target, scope, source, problems, reported)?._element;
            case ScriptMemberExpression member when member.Member is ScriptVariable name:
                var target = Resolve(member.Target, scope, source, problems, reported);
                if (target?._members is null)
                {
                    return null;
                }

                if (target._members.TryGetValue(name.Name, out var shape))
                {
                    return shape;
                }

                var span = name.Span;
                if (reported.Add((span.Start.Line, span.Start.Column)))
                {
                    var line = source.FirstLine + span.Start.Line;
                    var column = span.Start.Column + 1;
                    problems.Add(TemplateProblems.UnknownMember.At(
                        $"'{name.Name}' is not a member here; members: {string.Join(", ", target._members.Keys.Order(StringComparer.Ordinal))}.",
                        source.FilePath ?? source.Name,
                        null,
                        new SourceSpan(span.Start.Offset, name.Name.Length, line, column, line, column + name.Name.Length)));
                }

                return null;
            default:
                return null;
        }
    }
}
