using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Features.Coaching;
using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests.Coaching;

/// <summary>Seed 000 end to end: the local host with only coaching, the emulator's chat and clock.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class CoachingEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Reminder = "Напоминание: жду ваш ответ.";
    private const string WeightStep = "Взвесьтесь утром натощак и пришлите вес в килограммах.";
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachingHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_questionnaire_answer_that_is_wrong_is_told_what_was_wrong()
    {
        const long user = 16001;
        string[] script = ["/program", "сто", "99", "251", "175,5", "abc", "29", "301", "72.5", "9", "101", "34,5", "34", "Атлантида", "Berlin"];
        foreach (var text in script)
        {
            await _host.SayAsync(user, text);
        }

        var texts = await _host.TextsAsync(user);
        Assert.Equal(
        [
            "Программа «Марафон «Три дня»»: 3 дн. Сначала пара вопросов о вас.",
            "Ваш рост в сантиметрах?",
            "Это не число. Отправьте число цифрами, например 72,5.",
            "Рост не может быть меньше 100 см. Отправьте рост в сантиметрах, например 175.",
            "Рост не может быть больше 250 см. Отправьте рост в сантиметрах, например 175.",
            "Ваш вес в килограммах? Можно с дробной частью: 72,5 или 72.5",
            "Это не число. Отправьте число цифрами, например 72,5.",
            "Вес не может быть меньше 30 кг. Отправьте вес в килограммах, например 72,5.",
            "Вес не может быть больше 300 кг. Отправьте вес в килограммах, например 72,5.",
            "Сколько вам полных лет?",
            "Участвовать можно с 10 лет. Отправьте ваш возраст числом.",
            "Возраст не может быть больше 100. Отправьте ваш возраст числом.",
            "Возраст — целое число полных лет, например 34.",
            "В каком вы часовом поясе? Напишите город (Москва, Berlin) или смещение от UTC (+3, UTC-5). Новый день программы начинается в 08:00 по вашему времени. Кнопка ниже — Europe/Moscow.",
            "Не знаю такого часового пояса. Напишите город (Москва, Berlin) или смещение от UTC (+3, UTC-5), или нажмите кнопку.",
            "Готово! Часовой пояс: Europe/Berlin. Начинаем.",
            "День 1. Знакомство",
            "Добро пожаловать в марафон! Каждый день — несколько коротких заданий.",
            WeightStep,
        ], texts);
        var p = await ParticipantAsync(user);
        Assert.Equal(175.5m, p["height"]!.GetValue<decimal>());
        Assert.Equal(72.5m, p["weight"]!.GetValue<decimal>());
        Assert.Equal("Europe/Berlin", p["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_participants_get_their_new_day_at_eight_in_their_own_zone()
    {
        const long berlin = 16011;   // CET/CEST: daylight saving
        const long plusFive = 16012; // a fixed offset
        await _host.JoinAsync(berlin, "Berlin");
        await _host.JoinAsync(plusFive, "+5");
        await _host.FinishDayOneAsync(berlin);
        await _host.FinishDayOneAsync(plusFive);
        var now = _host.Now();
        var due = new (long User, DateTimeOffset At)[]
        {
            (berlin, NextEight(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"))),
            (plusFive, NextEight(now, TimeZoneInfo.CreateCustomTimeZone("+5", TimeSpan.FromHours(5), "+5", "+5"))),
        }.OrderBy(d => d.At).ToList();

        foreach (var (user, at) in due)
        {
            await _host.AdvanceAsync(at - _host.Now() - TimeSpan.FromMinutes(1));
            Assert.DoesNotContain("День 2. Движение", await _host.TextsAsync(user));
            await _host.AdvanceAsync(TimeSpan.FromMinutes(2));
            Assert.Contains("День 2. Движение", await _host.TextsAsync(user));
        }

        // Day progression: day 2 answered → day 3 the next morning, then the end.
        await _host.SayAsync(berlin, "8000");
        await _host.SayAsync(berlin, "Бег 5 км");
        Assert.StartsWith("День 2 пройден!", (await _host.TextsAsync(berlin))[^1], StringComparison.Ordinal);
        await _host.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Contains("День 3. Итоги", await _host.TextsAsync(berlin));
        Assert.Equal(3, (await ParticipantAsync(berlin))["day"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reminders_repeat_the_configured_number_of_times_and_no_more()
    {
        const long user = 16021;
        await _host.JoinAsync(user);

        for (var i = 0; i < 4; i++)
        {
            await _host.AdvanceAsync(TimeSpan.FromMinutes(CoachingHost.RemindAfterMinutes + 1));
        }

        var texts = await _host.TextsAsync(user);
        Assert.Equal(2, texts.Count(t => t == Reminder));
        Assert.Equal([Reminder, WeightStep, Reminder, WeightStep], texts.TakeLast(4));
    }

    [Fact]
    public async Task A_reminder_is_not_sent_after_an_answer_even_when_the_timer_runs_late()
    {
        const long user = 16031;
        await _host.JoinAsync(user);
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(10));
        await _host.SayAsync(user, "71");
        await _host.PhotoAsync(user, "AgADlate");
        await _host.PressAsync(user, "Нормально");
        await _host.SettleAsync();

        // The timer did not run for two hours: every reminder made before the answers is due at once.
        await _host.AdvanceAsync(TimeSpan.FromHours(2));

        Assert.DoesNotContain(Reminder, await _host.TextsAsync(user));
    }

    [Fact]
    public async Task Pause_stops_reminders_and_days_and_resume_continues_where_it_stopped()
    {
        const long user = 16041;
        await _host.JoinAsync(user);
        await _host.SayAsync(user, "/pause");
        await _host.AdvanceAsync(TimeSpan.FromDays(2));
        var texts = await _host.TextsAsync(user);
        Assert.Equal("Программа на паузе: напоминаний и новых дней не будет. /resume — продолжить.", texts[^1]);
        Assert.DoesNotContain(Reminder, texts);

        await _host.SayAsync(user, "/resume");

        Assert.Equal(["Продолжаем программу.", WeightStep], (await _host.TextsAsync(user)).TakeLast(2));
        Assert.Equal("active", (await ParticipantAsync(user))["status"]!.GetValue<string>());
        await _host.SayAsync(user, "70");
        Assert.Equal("Пришлите фото вашего завтрака.", (await _host.TextsAsync(user))[^1]);
    }

    [Fact]
    public async Task Start_does_not_leave_the_program_and_stop_then_program_starts_again_from_day_one()
    {
        const long user = 16051;
        await _host.JoinAsync(user);
        await _host.SayAsync(user, "70");
        await _host.SayAsync(user, "/start");
        await _host.SayAsync(user, "/program");
        Assert.Equal("Пришлите фото вашего завтрака.", (await _host.TextsAsync(user))[^1]);

        await _host.SayAsync(user, "/stop");
        Assert.Equal("Вы вышли из программы. /program — начать заново с первого дня.", (await _host.TextsAsync(user))[^1]);
        Assert.Equal("stopped", (await ParticipantAsync(user))["status"]!.GetValue<string>());
        await _host.SayAsync(user, "/program");

        Assert.Equal(["День 1. Знакомство", "Добро пожаловать в марафон! Каждый день — несколько коротких заданий.", WeightStep],
            (await _host.TextsAsync(user)).TakeLast(3));
        Assert.Equal(1, (await ParticipantAsync(user))["day"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_photo_where_a_number_is_expected_gets_the_steps_wrong_input_reply()
    {
        const long user = 16061;
        await _host.JoinAsync(user);

        await _host.PhotoAsync(user, "AgADwrong");

        Assert.Equal("Ответьте на задание числом.", (await _host.TextsAsync(user))[^1]);
    }

    [Fact]
    public async Task A_photo_answer_is_listed_for_the_trainer_with_its_file_link()
    {
        const long user = 16071;
        await _host.JoinAsync(user);
        await _host.FinishDayOneAsync(user);

        var p = await ParticipantAsync(user);
        var answers = p["answers"]!.AsArray();
        Assert.Equal(["number", "photo", "choice"], answers.Select(a => a!["kind"]!.GetValue<string>()));
        var photo = answers[1]!;
        Assert.Equal("AgADbreakfast16071", photo["fileId"]!.GetValue<string>());
        Assert.Equal("/api/admin/coaching/files/AgADbreakfast16071", photo["fileUrl"]!.GetValue<string>());
        Assert.Equal("Отлично", answers[2]!["text"]!.GetValue<string>());

        using var csv = await _host.AdminAsync(HttpMethod.Get, "/api/admin/coaching/participants?format=csv");
        var body = await CsvDownload.ReadAsync(csv);
        Assert.StartsWith("userId,firstName,status,day,step,timeZone,startedAt,lastAnswerAt", body, StringComparison.Ordinal);
        Assert.Contains("16071,Anna,active,1,,Europe/Moscow,", body, StringComparison.Ordinal);

        await _host.SayAsync(CoachingHost.Trainer, "/participants");
        Assert.Contains("16071 Anna — active, day 1", (await _host.TextsAsync(CoachingHost.Trainer))[^1], StringComparison.Ordinal);
        await _host.SayAsync(user, "/participants");
        Assert.DoesNotContain("16071 Anna", (await _host.TextsAsync(user))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_program_is_refused_and_a_valid_one_is_taken_while_participants_are_mid_day()
    {
        const long user = 16081;
        await _host.JoinAsync(user);
        await _host.SayAsync(user, "70");   // now on d1-photo

        using var bad = await _host.AdminAsync(HttpMethod.Put, "/api/admin/coaching/program",
            """{"title":"P","days":[{"title":"1","steps":[{"id":"a","text":"?","expects":"text"}]},{"title":"2","steps":[]}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("days[1].steps: empty", JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());

        // The new program drops the step the participant stands on.
        using var good = await _host.AdminAsync(HttpMethod.Put, "/api/admin/coaching/program",
            """
            {"title":"Новая","days":[
              {"title":"День 1","steps":[
                {"id":"d1-weight","text":"Вес?","expects":"number","min":30,"max":300},
                {"id":"d1-sleep","text":"Сколько часов вы спали?","expects":"number","min":0,"max":24}]},
              {"title":"День 2","steps":[{"id":"d2","text":"Как дела?","expects":"text"}]}]}
            """);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        using var get = await _host.AdminAsync(HttpMethod.Get, "/api/admin/coaching/program");
        Assert.Equal("Новая", JsonNode.Parse(await get.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());

        await _host.PhotoAsync(user, "AgADafter");   // the answer to the removed step

        Assert.Equal("Сколько часов вы спали?", (await _host.TextsAsync(user))[^1]);
        await _host.SayAsync(user, "7,5");
        Assert.StartsWith("День 1 пройден!", (await _host.TextsAsync(user))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trainer_cancels_a_participant_through_the_admin_api()
    {
        const long user = 16091;
        await _host.JoinAsync(user);

        using var response = await _host.AdminAsync(HttpMethod.Post, $"/api/admin/coaching/participants/{user}/cancel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _host.SettleAsync();
        Assert.Equal("Тренер отменил ваше участие в программе. Обратитесь к тренеру, чтобы вернуться.", (await _host.TextsAsync(user))[^1]);
        Assert.Equal("cancelled", (await ParticipantAsync(user))["status"]!.GetValue<string>());
        using var unknown = await _host.AdminAsync(HttpMethod.Get, "/api/admin/coaching/participants/999999");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_photo_uploaded_as_an_answer_downloads_through_the_admin_files_route_with_the_same_bytes()
    {
        const long user = 16081;
        // A 3×2 PNG of our own: the bytes that must come back unchanged.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGPgOiEHQQxwFgA33AWhfslYRQAAAABJRU5ErkJggg==");
        await _host.JoinAsync(user);
        await _host.SayAsync(user, "71");   // now on d1-photo
        using (var sent = await _host.Http.PostAsJsonAsync($"/emulator/users/{user}/photos", new { caption = "завтрак", base64 = Convert.ToBase64String(png) }))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        await _host.SettleAsync();
        var photo = (await ParticipantAsync(user))["answers"]!.AsArray().Single(a => a!["kind"]!.GetValue<string>() == "photo")!;
        var fileUrl = photo["fileUrl"]!.GetValue<string>();
        Assert.Equal("/api/admin/coaching/files/" + Uri.EscapeDataString(photo["fileId"]!.GetValue<string>()), fileUrl);

        using var noKey = await _host.Http.GetAsync(fileUrl);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        using var file = await _host.AdminAsync(HttpMethod.Get, fileUrl);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png.Length, file.Content.Headers.ContentLength);
        Assert.Equal(png, await file.Content.ReadAsByteArrayAsync());

        using var unknown = await _host.AdminAsync(HttpMethod.Get, "/api/admin/coaching/files/AgACnosuchfile");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("AgACnosuchfile is not known to Telegram", (await unknown.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participants_detail_answers_the_list_items_fields_and_values_then_the_answers()
    {
        const long user = 16091;
        await _host.JoinAsync(user);
        await _host.FinishDayOneAsync(user);

        using var list = await _host.AdminAsync(HttpMethod.Get, "/api/admin/coaching/participants");
        var item = (await list.Content.ReadFromJsonAsync<JsonArray>())!.Single(p => p!["userId"]!.GetValue<long>() == user)!.AsObject();
        Assert.Equal(["userId", "firstName", "status", "day", "timeZone", "startedAt", "lastAnswerAt", "height", "weight", "age"], item.Select(p => p.Key));
        var detail = await ParticipantAsync(user);
        Assert.Equal(item.Select(p => p.Key).Append("answers"), detail.Select(p => p.Key));
        Assert.All(item, p => Assert.True(JsonNode.DeepEquals(p.Value, detail[p.Key]), p.Key));
        var answers = detail["answers"]!.AsArray();
        Assert.Equal(["day", "step", "kind", "text", "at"], answers[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["day", "step", "kind", "fileId", "fileUrl", "at"], answers[1]!.AsObject().Select(p => p.Key));
    }

    private async Task<JsonObject> ParticipantAsync(long userId)
    {
        await _host.SettleAsync();
        using var response = await _host.AdminAsync(HttpMethod.Get, $"/api/admin/coaching/participants/{userId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return (JsonObject)JsonNode.Parse(body)!;
    }

    /// <summary>The first 08:00 local strictly after <paramref name="now"/>, by the system's zone data.</summary>
    private static DateTimeOffset NextEight(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var candidate = local.Date.AddHours(8);
        if (candidate <= local.DateTime)
        {
            candidate = candidate.AddDays(1);
        }

        return new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
    }
}
