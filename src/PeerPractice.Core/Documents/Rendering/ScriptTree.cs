using System.Collections.Generic;
using Scriban.Syntax;

namespace PeerPractice.Documents;

/// <summary>Finds and rewrites the statements of a parsed template whose values Scriban prints.</summary>
internal static class ScriptTree
{
    /// <summary>
    /// Adds to <paramref name="found"/> every expression statement that prints (not an assignment) and every
    /// <c>ret</c> with a value outside any function; a <c>ret</c> in a function returns to a caller, whose own
    /// printing escapes the value.
    /// </summary>
    public static void CollectPrinted(ScriptNode node, List<ScriptStatement> found, bool inFunction)
    {
        switch (node)
        {
            case ScriptExpressionStatement { Expression: not null and not ScriptAssignExpression } statement:
                found.Add(statement);
                break;
            case ScriptReturnStatement { Expression: not null } statement when !inFunction:
                found.Add(statement);
                break;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                CollectPrinted(child, found, inFunction || node is ScriptFunction);
            }
        }
    }

    /// <summary>Sets the value of a statement <see cref="CollectPrinted"/> found.</summary>
    public static void SetExpression(ScriptStatement statement, ScriptExpression? value)
    {
        if (statement is ScriptExpressionStatement printed)
        {
            printed.Expression = value;
        }
        else
        {
            ((ScriptReturnStatement)statement).Expression = value;
        }
    }
}
