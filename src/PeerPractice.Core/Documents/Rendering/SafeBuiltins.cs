using Scriban;
using Scriban.Runtime;

namespace PeerPractice.Documents.Rendering;

/// <summary>
/// Scriban's builtin functions minus the ones that would let a template escape its model or its
/// limits: <c>object.eval</c> and <c>object.eval_template</c> (which compile and run new template
/// text, beyond the parse-time checks), <c>include</c> (which reads other templates), and
/// <c>date.now</c> (the wall clock; documents take their times from the model, so renders are reproducible).
/// </summary>
internal static class SafeBuiltins
{
    public static ScriptObject Create()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.Remove("include");
        if (builtins["object"] is ScriptObject objectFunctions)
        {
            builtins["object"] = Without(objectFunctions, "eval", "eval_template");
        }

        if (builtins["date"] is ScriptObject dateFunctions)
        {
            builtins["date"] = Without(dateFunctions, "now");
        }

        // Shared by every render of a renderer: nothing a template does may change it.
        foreach (var member in builtins)
        {
            if (member.Value is ScriptObject child)
            {
                child.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    private static ScriptObject Without(ScriptObject functions, params string[] names)
    {
        // A copy rather than an in-place removal, in case Scriban shares the instance between builtin objects.
        var copy = new ScriptObject();
        foreach (var member in functions)
        {
            if (System.Array.IndexOf(names, member.Key) < 0)
            {
                copy[member.Key] = member.Value;
            }
        }

        return copy;
    }
}
