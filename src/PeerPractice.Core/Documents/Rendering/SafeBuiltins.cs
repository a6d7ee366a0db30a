using Scriban;
using Scriban.Runtime;

namespace PeerPractice.Documents;

/// <summary>
/// Scriban's builtin functions minus the ones that would let a template escape its model or its
/// limits: <c>object.eval</c> and <c>object.eval_template</c> (which compile and run new template
/// text, beyond the parse-time checks), <c>include</c> and <c>include_join</c> (which read other templates), and
/// <c>date.now</c> (the wall clock; documents take their times from the model, so renders are reproducible).
/// Adds <c>raw</c>, the one documented way to print a value without the output format's escaping.
/// </summary>
internal static class SafeBuiltins
{
    public static ScriptObject Create()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.Remove("include");
        builtins.Remove("include_join");
        Replace(builtins, "object", "eval", "eval_template");
        Replace(builtins, "date", "now");
        TemplateEscaping.Register(builtins);

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

    private static void Replace(ScriptObject builtins, string name, params string[] removed)
    {
        // Builtin members are read-only, so an assignment would be silently ignored: remove, then set.
        if (builtins[name] is ScriptObject functions)
        {
            builtins.Remove(name);
            builtins.SetValue(name, Without(functions, removed), readOnly: true);
        }
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
