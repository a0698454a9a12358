using System.Net;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Tests;

public sealed record Answer(HttpStatusCode Status, JsonNode? Body, string Text);
