using Bot.Engine.Texts;

namespace Bot.Features.Coaching;

/// <summary>Every user-facing string of the coaching flow, Russian and English (the seed gives no wording:
/// its strings.py is not part of it). The program's own texts are content, in the program.</summary>
public static class CoachingTexts
{
    public const string CommandProgram = "coaching.command_program";
    public const string CommandPause = "coaching.command_pause";
    public const string CommandResume = "coaching.command_resume";
    public const string CommandStop = "coaching.command_stop";
    public const string CommandParticipants = "coaching.command_participants";
    public const string CommandCancelParticipant = "coaching.command_cancel_participant";
    public const string Welcome = "coaching.welcome";
    public const string AskHeight = "coaching.ask_height";
    public const string AskWeight = "coaching.ask_weight";
    public const string AskAge = "coaching.ask_age";
    public const string AskZone = "coaching.ask_zone";
    public const string NotANumber = "coaching.not_a_number";
    public const string HeightTooSmall = "coaching.height_too_small";
    public const string HeightTooLarge = "coaching.height_too_large";
    public const string WeightTooSmall = "coaching.weight_too_small";
    public const string WeightTooLarge = "coaching.weight_too_large";
    public const string AgeTooSmall = "coaching.age_too_small";
    public const string AgeTooLarge = "coaching.age_too_large";
    public const string AgeNotWhole = "coaching.age_not_whole";
    public const string ZoneUnknown = "coaching.zone_unknown";
    public const string Joined = "coaching.joined";
    public const string DayTitle = "coaching.day_title";
    public const string Reminder = "coaching.reminder";
    public const string BusyHint = "coaching.busy_hint";
    public const string DayDone = "coaching.day_done";
    public const string WaitingDay = "coaching.waiting_day";
    public const string Finished = "coaching.finished";
    public const string StepNumberNotANumber = "coaching.step_not_a_number";
    public const string StepNumberTooSmall = "coaching.step_too_small";
    public const string StepNumberTooLarge = "coaching.step_too_large";
    public const string WrongText = "coaching.wrong_text";
    public const string WrongNumber = "coaching.wrong_number";
    public const string WrongPhoto = "coaching.wrong_photo";
    public const string WrongChoice = "coaching.wrong_choice";
    public const string Saved = "coaching.saved";
    public const string Paused = "coaching.paused";
    public const string AlreadyPaused = "coaching.already_paused";
    public const string Resumed = "coaching.resumed";
    public const string NotPaused = "coaching.not_paused";
    public const string Stopped = "coaching.stopped";
    public const string NotParticipant = "coaching.not_participant";
    public const string Cancelled = "coaching.cancelled";
    public const string CancelledByTrainer = "coaching.cancelled_by_trainer";
    public const string StaleButton = "coaching.stale_button";
    public const string CancelUsage = "coaching.cancel_usage";
    public const string CancelDone = "coaching.cancel_done";
    public const string ParticipantsHeader = "coaching.participants_header";
    public const string ParticipantsNone = "coaching.participants_none";

    public static IEnumerable<TextDefinition> All { get; } =
    [
        new(CommandProgram, "программа: вступить или текущее задание", "program: join, or today's step"),
        new(CommandPause, "приостановить программу", "pause the program"),
        new(CommandResume, "продолжить программу", "resume the program"),
        new(CommandStop, "выйти из программы", "leave the program"),
        new(CommandParticipants, "участники программы", "the program's participants"),
        new(CommandCancelParticipant, "исключить участника: /cancel_participant ID", "cancel a participant: /cancel_participant ID"),
        new(Welcome, "Программа «{title}»: {days} дн. Сначала пара вопросов о вас.", "Program \"{title}\": {days} days. First, a few questions about you."),
        new(AskHeight, "Ваш рост в сантиметрах?", "Your height in centimetres?"),
        new(AskWeight, "Ваш вес в килограммах? Можно с дробной частью: 72,5 или 72.5", "Your weight in kilograms? Decimals are fine: 72.5 or 72,5"),
        new(AskAge, "Сколько вам полных лет?", "How old are you (full years)?"),
        new(AskZone,
            "В каком вы часовом поясе? Напишите город (Москва, Berlin) или смещение от UTC (+3, UTC-5). Новый день программы начинается в {time} по вашему времени. Кнопка ниже — {zone}.",
            "Which time zone are you in? Send a city (Berlin, New York) or a UTC offset (+3, UTC-5). Each new day of the program starts at {time} your time. The button below is {zone}."),
        new(NotANumber, "Это не число. Отправьте число цифрами, например 72,5.", "That is not a number. Send digits, for example 72.5."),
        new(HeightTooSmall, "Рост не может быть меньше {min} см. Отправьте рост в сантиметрах, например 175.", "Height cannot be under {min} cm. Send your height in centimetres, for example 175."),
        new(HeightTooLarge, "Рост не может быть больше {max} см. Отправьте рост в сантиметрах, например 175.", "Height cannot be over {max} cm. Send your height in centimetres, for example 175."),
        new(WeightTooSmall, "Вес не может быть меньше {min} кг. Отправьте вес в килограммах, например 72,5.", "Weight cannot be under {min} kg. Send your weight in kilograms, for example 72.5."),
        new(WeightTooLarge, "Вес не может быть больше {max} кг. Отправьте вес в килограммах, например 72,5.", "Weight cannot be over {max} kg. Send your weight in kilograms, for example 72.5."),
        new(AgeTooSmall, "Участвовать можно с {min} лет. Отправьте ваш возраст числом.", "Participants must be at least {min}. Send your age as a number."),
        new(AgeTooLarge, "Возраст не может быть больше {max}. Отправьте ваш возраст числом.", "Age cannot be over {max}. Send your age as a number."),
        new(AgeNotWhole, "Возраст — целое число полных лет, например 34.", "Age is a whole number of years, for example 34."),
        new(ZoneUnknown,
            "Не знаю такого часового пояса. Напишите город (Москва, Berlin) или смещение от UTC (+3, UTC-5), или нажмите кнопку.",
            "I do not know that time zone. Send a city (Berlin, New York) or a UTC offset (+3, UTC-5), or press the button."),
        new(Joined, "Готово! Часовой пояс: {zone}. Начинаем.", "Done! Time zone: {zone}. Let's start."),
        new(DayTitle, "{title}", "{title}"),
        new(Reminder, "Напоминание: жду ваш ответ.", "Reminder: I am waiting for your answer."),
        new(BusyHint, "Чтобы ответить, отправьте /program.", "To answer, send /program."),
        new(DayDone, "День {day} пройден! Следующий день начнётся {date} в {time} по вашему времени.", "Day {day} is done! The next day starts on {date} at {time} your time."),
        new(WaitingDay, "Задания на сегодня выполнены. Следующий день начнётся {date} в {time} по вашему времени.", "Today's steps are done. The next day starts on {date} at {time} your time."),
        new(Finished, "Программа пройдена! Спасибо за участие. /program — пройти её снова.", "You have finished the program! Thank you. /program runs it again."),
        new(StepNumberNotANumber, "Нужно число цифрами, например 72,5.", "Send a number in digits, for example 72.5."),
        new(StepNumberTooSmall, "Число не может быть меньше {min}.", "The number cannot be under {min}."),
        new(StepNumberTooLarge, "Число не может быть больше {max}.", "The number cannot be over {max}."),
        new(WrongText, "Ответьте на задание текстом.", "Answer the step with a text message."),
        new(WrongNumber, "Ответьте на задание числом.", "Answer the step with a number."),
        new(WrongPhoto, "Пришлите фотографию.", "Send a photo."),
        new(WrongChoice, "Выберите один из вариантов кнопкой под заданием.", "Choose one of the options with the buttons under the step."),
        new(Saved, "Принято.", "Saved."),
        new(Paused, "Программа на паузе: напоминаний и новых дней не будет. /resume — продолжить.", "The program is paused: no reminders, no new days. /resume continues it."),
        new(AlreadyPaused, "Программа уже на паузе. /resume — продолжить.", "The program is already paused. /resume continues it."),
        new(Resumed, "Продолжаем программу.", "Resuming the program."),
        new(NotPaused, "Программа не на паузе. /program — текущее задание.", "The program is not paused. /program shows the current step."),
        new(Stopped, "Вы вышли из программы. /program — начать заново с первого дня.", "You have left the program. /program starts again from day 1."),
        new(NotParticipant, "Вы не участвуете в программе. /program — вступить.", "You are not in the program. /program joins it."),
        new(Cancelled, "Тренер отменил ваше участие в программе. Обратитесь к тренеру, чтобы вернуться.", "A trainer cancelled your participation. Contact the trainer to come back."),
        new(CancelledByTrainer, "Участие пользователя {userId} отменено.", "Participation of user {userId} cancelled."),
        new(StaleButton, "Это задание уже неактуально.", "This step is no longer current."),
        new(CancelUsage, "Укажите ID участника: /cancel_participant 123456", "Give the participant's id: /cancel_participant 123456"),
        new(CancelDone, "Отменяю участие пользователя {userId}.", "Cancelling the participation of user {userId}."),
        new(ParticipantsHeader, "Участники ({count}):", "Participants ({count}):"),
        new(ParticipantsNone, "Участников пока нет.", "No participants yet."),
    ];
}
