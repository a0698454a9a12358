using Bot.Engine.Texts;

namespace Bot.Features.Rewards;

/// <summary>Every user-facing string of walks, promo codes, families and referrals (ru and en). The seed's
/// editable keys <c>promo_intro</c> and <c>walk_choice</c> keep exactly those names (the menu owns
/// <c>start_welcome</c> and <c>main_menu</c>).</summary>
public static class RewardsTexts
{
    public const string PromoIntro = "promo_intro";
    public const string WalkChoice = "walk_choice";

    public const string MenuButton = "rewards.menu_button";
    public const string AloneButton = "rewards.alone_button";
    public const string FamilyWalkButton = "rewards.family_walk_button";
    public const string FinishButton = "rewards.finish_button";
    public const string ChangeCityButton = "rewards.change_city_button";
    public const string CancelButton = "rewards.cancel_button";
    public const string NoFamilyForWalk = "rewards.no_family_for_walk";
    public const string WalkInProgress = "rewards.walk_in_progress";
    public const string AskCity = "rewards.ask_city";
    public const string CityNotFound = "rewards.city_not_found";
    public const string CitySaved = "rewards.city_saved";
    public const string Looking = "rewards.looking";
    public const string WalkStarted = "rewards.walk_started";
    public const string WalkStartedNoTemperature = "rewards.walk_started_no_temperature";
    public const string NoWeatherProvider = "rewards.no_weather_provider";
    public const string WeatherDown = "rewards.weather_down";
    public const string TemperatureNotANumber = "rewards.temperature_not_a_number";
    public const string TemperatureSaved = "rewards.temperature_saved";
    public const string NoWalk = "rewards.no_walk";
    public const string WalkTooShort = "rewards.walk_too_short";
    public const string WalkTooLong = "rewards.walk_too_long";
    public const string AskSteps = "rewards.ask_steps";
    public const string StepsNotANumber = "rewards.steps_not_a_number";
    public const string StepsNotPositive = "rewards.steps_not_positive";
    public const string StepsOverDailyMax = "rewards.steps_over_daily_max";
    public const string WalkPoints = "rewards.walk_points";
    public const string WalkPointsFamily = "rewards.walk_points_family";
    public const string FamilyGoneWalkCredited = "rewards.family_gone_walk_credited";
    public const string Cancelled = "rewards.cancelled";

    public const string PromoChecking = "rewards.promo_checking";
    public const string PromoEmpty = "rewards.promo_empty";
    public const string PromoGranted = "rewards.promo_granted";
    public const string PromoUnknown = "rewards.promo_unknown";
    public const string PromoExpired = "rewards.promo_expired";
    public const string PromoExhausted = "rewards.promo_exhausted";
    public const string PromoReused = "rewards.promo_reused";
    public const string PromoBusy = "rewards.promo_busy";

    public const string FamilyNone = "rewards.family_none";
    public const string FamilyCreateButton = "rewards.family_create_button";
    public const string FamilyJoinButton = "rewards.family_join_button";
    public const string FamilyLeaveButton = "rewards.family_leave_button";
    public const string FamilyInviteButton = "rewards.family_invite_button";
    public const string FamilyAskName = "rewards.family_ask_name";
    public const string FamilyBadName = "rewards.family_bad_name";
    public const string FamilyAskCode = "rewards.family_ask_code";
    public const string FamilyBusy = "rewards.family_busy";
    public const string FamilyAlready = "rewards.family_already";
    public const string FamilyCreated = "rewards.family_created";
    public const string FamilyInvite = "rewards.family_invite";
    public const string FamilyInviteNoLink = "rewards.family_invite_no_link";
    public const string FamilyJoined = "rewards.family_joined";
    public const string FamilyNotFound = "rewards.family_not_found";
    public const string FamilyCard = "rewards.family_card";
    public const string FamilyOwnerMark = "rewards.family_owner_mark";
    public const string FamilyLeft = "rewards.family_left";
    public const string FamilyLeftClosed = "rewards.family_left_closed";
    public const string FamilyNotMember = "rewards.family_not_member";
    public const string FamilyNewOwner = "rewards.family_new_owner";
    public const string FamilyMemberJoined = "rewards.family_member_joined";
    public const string FamilyMemberLeft = "rewards.family_member_left";
    public const string FamilyShare = "rewards.family_share";
    public const string FamilyShareNone = "rewards.family_share_none";
    public const string FamilyIdClash = "rewards.family_id_clash";

    public const string Invite = "rewards.invite";
    public const string InviteNoLink = "rewards.invite_no_link";
    public const string ReferralSelf = "rewards.referral_self";
    public const string ReferralNotNew = "rewards.referral_not_new";
    public const string ReferralUnknown = "rewards.referral_unknown";
    public const string ReferralJoined = "rewards.referral_joined";
    public const string ReferralReward = "rewards.referral_reward";

    public const string CommandWalk = "rewards.command_walk";
    public const string CommandPromo = "rewards.command_promo";
    public const string CommandFamily = "rewards.command_family";
    public const string CommandInvite = "rewards.command_invite";

    public static IEnumerable<TextDefinition> All { get; } =
    [
        new(PromoIntro, "Введите промокод, и мы начислим баллы на ваш баланс:", "Enter a promo code and we will add its points to your balance:"),
        new(WalkChoice, "Как вы хотите пройти прогулку: для себя или для семьи?", "How do you want to walk: for yourself or for your family?"),
        new(MenuButton, "Начать прогулку", "Start a walk"),
        new(AloneButton, "Для себя", "For myself"),
        new(FamilyWalkButton, "Для семьи", "For the family"),
        new(FinishButton, "Завершить прогулку", "Finish the walk"),
        new(ChangeCityButton, "Сменить город", "Change the city"),
        new(CancelButton, "Отмена", "Cancel"),
        new(NoFamilyForWalk, "Вы не состоите в семье: создайте её или вступите через /family. Пока можно пройти прогулку для себя.", "You are not in a family: create or join one with /family. You can walk for yourself meanwhile."),
        new(WalkInProgress, "Прогулка уже идёт с {start}. Нажмите «Завершить прогулку», когда вернётесь.", "A walk is in progress since {start}. Press «Finish the walk» when you are back."),
        new(AskCity, "В каком городе вы гуляете? Напишите название: я узнаю там температуру (город спрашиваю один раз, его можно сменить).", "Which city do you walk in? Type its name: I will look up the temperature there (asked once; you can change it)."),
        new(CityNotFound, "Город «{city}» не найден. Напишите название ещё раз.", "City «{city}» was not found. Type the name again."),
        new(CitySaved, "Город сохранён: {city}.", "City saved: {city}."),
        new(Looking, "Узнаю температуру…", "Looking up the temperature…"),
        new(WalkStarted, "Прогулка началась в {start}. Температура: {temperature} °C (коэффициент {coefficient}). Нажмите «Завершить прогулку», когда вернётесь.", "The walk started at {start}. Temperature: {temperature} °C (coefficient {coefficient}). Press «Finish the walk» when you are back."),
        new(WalkStartedNoTemperature, "Прогулка началась в {start}. {reason}\nНапишите, сколько сейчас градусов на улице (например, -12).", "The walk started at {start}. {reason}\nType the temperature outside now, in °C (for example -12)."),
        new(NoWeatherProvider, "Сервис погоды не подключён, поэтому температуру спрошу у вас.", "No weather service is connected, so I ask you for the temperature."),
        new(WeatherDown, "Сервис погоды сейчас недоступен, поэтому температуру спрошу у вас.", "The weather service is unavailable now, so I ask you for the temperature."),
        new(TemperatureNotANumber, "Температура — это число градусов от -60 до 60, например -12 или 3,5. Напишите ещё раз.", "The temperature is a number of degrees from -60 to 60, such as -12 or 3.5. Type it again."),
        new(TemperatureSaved, "Температура {temperature} °C (коэффициент {coefficient}). Нажмите «Завершить прогулку», когда вернётесь.", "Temperature {temperature} °C (coefficient {coefficient}). Press «Finish the walk» when you are back."),
        new(NoWalk, "Сейчас нет начатой прогулки. Начните её командой /walk.", "There is no walk in progress. Start one with /walk."),
        new(WalkTooShort, "Прогулка не засчитана: она длилась меньше минуты.", "The walk does not count: it lasted less than a minute."),
        new(WalkTooLong, "Прогулка не засчитана: она длилась дольше {max} мин. Начните новую командой /walk.", "The walk does not count: it lasted longer than {max} min. Start a new one with /walk."),
        new(AskSteps, "Сколько шагов вы прошли? Напишите целое число.", "How many steps did you walk? Type a whole number."),
        new(StepsNotANumber, "Шаги — это целое число, например 8500. Напишите ещё раз.", "Steps are a whole number, such as 8500. Type it again."),
        new(StepsNotPositive, "Число шагов должно быть больше нуля.", "The number of steps must be above zero."),
        new(StepsOverDailyMax, "За день можно засчитать не больше {max} шагов; сегодня осталось {left}. Напишите число не больше {left}.", "At most {max} steps a day count; {left} are left today. Type a number up to {left}."),
        new(WalkPoints, "Прогулка засчитана!\nШаги: {steps}\nТемпература: {temperature} °C\nКоэффициент: {coefficient}\nБаллы: {steps} / 1000 × {rate} × {coefficient} = {points}\nВаш баланс: {balance} баллов.", "Walk counted!\nSteps: {steps}\nTemperature: {temperature} °C\nCoefficient: {coefficient}\nPoints: {steps} / 1000 × {rate} × {coefficient} = {points}\nYour balance: {balance} points."),
        new(WalkPointsFamily, "Прогулка для семьи засчитана!\nШаги: {steps}\nТемпература: {temperature} °C\nКоэффициент: {coefficient}\nБаллы: {steps} / 1000 × {rate} × {coefficient} = {points}\nБаллы идут в копилку семьи и делятся между участниками по шагам.", "Family walk counted!\nSteps: {steps}\nTemperature: {temperature} °C\nCoefficient: {coefficient}\nPoints: {steps} / 1000 × {rate} × {coefficient} = {points}\nThe points go to the family pool, shared among members by steps."),
        new(FamilyGoneWalkCredited, "Вы больше не в семье, поэтому {points} баллов за прогулку начислены вам. Баланс: {balance}.", "You are no longer in the family, so the walk's {points} points went to you. Balance: {balance}."),
        new(Cancelled, "Отменено.", "Cancelled."),
        new(PromoChecking, "Проверяю промокод…", "Checking the promo code…"),
        new(PromoEmpty, "Промокод пустой. Введите его ещё раз.", "The promo code is empty. Type it again."),
        new(PromoGranted, "Промокод {code} принят: +{points} баллов. Ваш баланс: {balance}.", "Promo code {code} accepted: +{points} points. Your balance: {balance}."),
        new(PromoUnknown, "Промокод {code} не найден. Проверьте написание.", "Promo code {code} does not exist. Check the spelling."),
        new(PromoExpired, "Срок действия промокода {code} истёк.", "Promo code {code} has expired."),
        new(PromoExhausted, "Промокод {code} закончился: все активации уже использованы.", "Promo code {code} is used up: no activations are left."),
        new(PromoReused, "Вы уже использовали промокод {code}: один промокод можно активировать один раз.", "You have already used promo code {code}: each code works once per user."),
        new(PromoBusy, "Предыдущий промокод ещё проверяется, подождите немного.", "The previous promo code is still being checked; wait a moment."),
        new(FamilyNone, "Вы пока не в семье. Создайте семью или вступите по коду приглашения.", "You are not in a family yet. Create one or join with an invitation code."),
        new(FamilyCreateButton, "Создать семью", "Create a family"),
        new(FamilyJoinButton, "Вступить по коду", "Join with a code"),
        new(FamilyLeaveButton, "Выйти из семьи", "Leave the family"),
        new(FamilyInviteButton, "Пригласить", "Invite"),
        new(FamilyAskName, "Как назовём семью? (до 40 символов)", "What is the family's name? (up to 40 characters)"),
        new(FamilyBadName, "Название — от 1 до 40 символов. Напишите ещё раз.", "The name is 1 to 40 characters. Type it again."),
        new(FamilyAskCode, "Введите код приглашения в семью.", "Type the family's invitation code."),
        new(FamilyBusy, "Предыдущее действие с семьёй ещё выполняется, подождите немного.", "Your previous family action is still in progress; wait a moment."),
        new(FamilyAlready, "Вы уже состоите в семье. Чтобы вступить в другую, сначала выйдите из текущей (/family).", "You are already in a family. To join another, leave the current one first (/family)."),
        new(FamilyCreated, "Семья «{name}» создана. Код приглашения: {code}", "Family «{name}» created. Invitation code: {code}"),
        new(FamilyInvite, "Пригласите в семью «{name}» по ссылке: {link}\nили по коду: {code}", "Invite to family «{name}» with this link: {link}\nor the code: {code}"),
        new(FamilyInviteNoLink, "Код приглашения в семью «{name}»: {code}\n(в боте: /start fam_{code})", "Invitation code of family «{name}»: {code}\n(in the bot: /start fam_{code})"),
        new(FamilyJoined, "Вы вступили в семью «{name}».", "You joined family «{name}»."),
        new(FamilyNotFound, "Семьи с кодом {code} нет (или она закрыта).", "There is no family with code {code} (or it is closed)."),
        new(FamilyCard, "Семья «{name}» (код {code})\nУчастники:\n{members}\nКопилка за текущий период: {pool} баллов (делится {period_end}).\nВсего роздано: {shared} баллов.", "Family «{name}» (code {code})\nMembers:\n{members}\nPool this period: {pool} points (shared out {period_end}).\nShared out so far: {shared} points."),
        new(FamilyOwnerMark, "владелец", "owner"),
        new(FamilyLeft, "Вы вышли из семьи «{name}».", "You left family «{name}»."),
        new(FamilyLeftClosed, "Вы вышли из семьи «{name}»; вы были последним участником, семья закрыта. Копилка ({points} баллов) начислена вам.", "You left family «{name}»; you were its last member, so it is closed. Its pool ({points} points) went to you."),
        new(FamilyNotMember, "Вы не состоите в этой семье.", "You are not in that family."),
        new(FamilyNewOwner, "Теперь вы владелец семьи «{name}».", "You are now the owner of family «{name}»."),
        new(FamilyMemberJoined, "{member} вступил(а) в семью «{name}».", "{member} joined family «{name}»."),
        new(FamilyMemberLeft, "{member} вышел(ла) из семьи «{name}».", "{member} left family «{name}»."),
        new(FamilyShare, "Копилка семьи «{name}» за период: {pool} баллов. Ваши шаги: {steps} из {total}. Ваша доля: {points} баллов.", "Family «{name}» pool for the period: {pool} points. Your steps: {steps} of {total}. Your share: {points} points."),
        new(FamilyShareNone, "Копилка семьи «{name}» за период: {pool} баллов; прогулок для семьи не было, баллы переходят на следующий период.", "Family «{name}» pool for the period: {pool} points; nobody walked for the family, the points carry over."),
        new(FamilyIdClash, "Не получилось создать семью, попробуйте ещё раз.", "Could not create the family; try again."),
        new(Invite, "Ваша ссылка для приглашения друзей: {link}\nКогда друг впервые запустит бота по ней, вы оба получите по {points} баллов.", "Your link to invite friends: {link}\nWhen a friend starts the bot for the first time through it, you both get {points} points."),
        new(InviteNoLink, "Ваш код приглашения: ref_{code}\nДруг должен отправить боту /start ref_{code} при первом запуске; вы оба получите по {points} баллов.", "Your invitation code: ref_{code}\nA friend sends the bot /start ref_{code} on their first start; you both get {points} points."),
        new(ReferralSelf, "Это ваша собственная ссылка-приглашение: за себя баллы не начисляются.", "That is your own invitation link: no points for inviting yourself."),
        new(ReferralNotNew, "Вы уже пользовались ботом раньше, поэтому приглашение не даёт баллов: они только для новых участников.", "You have used the bot before, so the invitation gives no points: they are for new users only."),
        new(ReferralUnknown, "Ссылка-приглашение не найдена, но вы можете пользоваться ботом как обычно.", "That invitation link was not found, but you can use the bot as usual."),
        new(ReferralJoined, "Вы пришли по приглашению: +{points} баллов! Ваш баланс: {balance}.", "You came by invitation: +{points} points! Your balance: {balance}."),
        new(ReferralReward, "{name} запустил(а) бота по вашему приглашению: +{points} баллов! Ваш баланс: {balance}.", "{name} started the bot with your invitation: +{points} points! Your balance: {balance}."),
        new(CommandWalk, "Начать прогулку", "Start a walk"),
        new(CommandPromo, "Ввести промокод", "Enter a promo code"),
        new(CommandFamily, "Семья: создать, пригласить, выйти", "Family: create, invite, leave"),
        new(CommandInvite, "Пригласить друга", "Invite a friend"),
    ];
}
