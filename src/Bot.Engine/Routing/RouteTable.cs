namespace Bot.Engine.Routing;

/// <summary>The transitions in one place: global commands, then (state, kind of input), then global
/// callback prefixes, then the state's wrong-input reply, then the fallback.</summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, Handler> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _commandRoles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Handler> _internal = new(StringComparer.Ordinal);
    private readonly Dictionary<(string State, InputKind Kind), Handler> _states = [];
    private readonly Dictionary<string, Handler> _wrongInput = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, Handler Handler)> _callbacks = [];
    private readonly Dictionary<Handler, string> _owners = [];
    private Handler? _fallback;

    /// <summary>The flow whose <see cref="IFlow.Map"/> is adding routes now (set by the <see cref="Router"/>):
    /// each route remembers it, so the processor can note which flows a user used.</summary>
    internal string? Mapping { get; set; }

    /// <summary>The name of the flow that mapped <paramref name="handler"/>, or null (mapped outside a flow).</summary>
    public string? FlowOf(Handler handler) => _owners.GetValueOrDefault(handler);


    /// <summary>A command from any state ("/report" or "report"). With <paramref name="requires"/>, a user
    /// without that role is answered exactly as for a command that does not exist.</summary>
    public RouteTable Command(string name, Handler handler, string? requires = null)
    {
        var key = CommandKey(name);
        Add(_commands, key, handler, "command");
        if (requires is not null)
        {
            _commandRoles[key] = requires;
        }

        return this;
    }

    public RouteTable Internal(string name, Handler handler) => Add(_internal, name, handler, "internal command");

    public RouteTable On(string state, InputKind kind, Handler handler)
    {
        if (!_states.TryAdd((state, kind), handler))
        {
            throw new InvalidOperationException($"Two routes for state '{state}' and input {kind}.");
        }

        return Own(handler);
    }

    /// <summary>A callback whose data starts with <paramref name="prefix"/>, pressed in any state.</summary>
    public RouteTable Callback(string prefix, Handler handler)
    {
        _callbacks.Add((prefix, handler));
        return Own(handler);
    }

    public RouteTable WrongInput(string state, Handler handler) => Add(_wrongInput, state, handler, "wrong-input reply");

    public RouteTable Fallback(Handler handler)
    {
        _fallback = handler;
        return Own(handler);
    }

    public bool HasCommand(string name) => _commands.ContainsKey(CommandKey(name));

    /// <summary>The role the command's route requires, or null.</summary>
    public string? RequiredRole(string name) => _commandRoles.GetValueOrDefault(CommandKey(name));

    /// <summary>The handler for the input in the state. <paramref name="hasRole"/> tells whether the user has
    /// a role; without it, commands that require one are not found.</summary>
    public Handler? Resolve(string state, Input input, Func<string, bool>? hasRole = null)
    {
        if (input.Kind == InputKind.Internal)
        {
            return _internal.GetValueOrDefault(input.Internal!.Name);
        }

        if (input.Kind == InputKind.Command && _commands.TryGetValue(input.CommandName!, out var command)
            && (!_commandRoles.TryGetValue(input.CommandName!, out var role) || (hasRole?.Invoke(role) ?? false)))
        {
            return command;
        }

        if (_states.TryGetValue((state, input.Kind), out var handler))
        {
            return handler;
        }

        if (Sessions.ServiceStates.IsService(state))
        {
            // Paused or stopped: nothing but global commands and the state's own routes.
            return _wrongInput.GetValueOrDefault(state) ?? _fallback;
        }

        if (input.Kind == InputKind.Callback && input.CallbackData is { } data)
        {
            // The longest matching prefix wins, so "wallet:check" can override "wallet:".
            var match = _callbacks.Where(c => data.StartsWith(c.Prefix, StringComparison.Ordinal))
                .OrderByDescending(c => c.Prefix.Length).FirstOrDefault();
            if (match.Handler is not null)
            {
                return match.Handler;
            }
        }

        return _wrongInput.GetValueOrDefault(state) ?? _fallback;
    }

    /// <summary>"/Report", "report" → "/report": the form <see cref="Input.CommandName"/> has.</summary>
    internal static string CommandKey(string name)
    {
        var trimmed = name.Trim().TrimStart('/');
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("A command needs a name.", nameof(name));
        }

        return "/" + trimmed.ToLowerInvariant();
    }

    private RouteTable Add(Dictionary<string, Handler> map, string key, Handler handler, string what)
    {
        if (!map.TryAdd(key, handler))
        {
            throw new InvalidOperationException($"Two handlers for {what} '{key}'.");
        }

        return Own(handler);
    }

    private RouteTable Own(Handler handler)
    {
        if (Mapping is { } flow)
        {
            _owners.TryAdd(handler, flow);
        }

        return this;
    }
}
