using Bot.Engine.Texts;

namespace Bot.Features.Helpdesk;

/// <summary>Every user-facing string of the helpdesk (seed 003 gives the roles and settings, not the bot's
/// wording; Russian first, English second).</summary>
public static class HelpdeskTexts
{
    public const string MenuButton = "helpdesk.menu_button";
    public const string Start = "helpdesk.start";
    public const string CommandNewOrder = "helpdesk.command_new_order";
    public const string CommandMyOrders = "helpdesk.command_my_orders";
    public const string CommandFreeOrders = "helpdesk.command_free_orders";
    public const string CommandFreeContractors = "helpdesk.command_free_contractors";
    public const string CommandReport = "helpdesk.command_report";
    public const string CommandAddUser = "helpdesk.command_add_user";
    public const string NoTariff = "helpdesk.no_tariff";
    public const string LimitReached = "helpdesk.limit_reached";
    public const string AskDescription = "helpdesk.ask_description";
    public const string DescriptionHint = "helpdesk.description_hint";
    public const string CancelButton = "helpdesk.cancel_button";
    public const string Cancelled = "helpdesk.cancelled";
    public const string OrderCreated = "helpdesk.order_created";
    public const string Offer = "helpdesk.offer";
    public const string TakeButton = "helpdesk.take_button";
    public const string DoneButton = "helpdesk.done_button";
    public const string Taking = "helpdesk.taking";
    public const string YouTook = "helpdesk.you_took";
    public const string TakenByOther = "helpdesk.taken_by_other";
    public const string CopyTaken = "helpdesk.copy_taken";
    public const string ClientTaken = "helpdesk.client_taken";
    public const string YouDone = "helpdesk.you_done";
    public const string DoneRefused = "helpdesk.done_refused";
    public const string ClientDone = "helpdesk.client_done";
    public const string RateThanks = "helpdesk.rate_thanks";
    public const string RateRefused = "helpdesk.rate_refused";
    public const string Loading = "helpdesk.loading";
    public const string MyOrdersClient = "helpdesk.my_orders_client";
    public const string MyOrdersContractor = "helpdesk.my_orders_contractor";
    public const string NoOrders = "helpdesk.no_orders";
    public const string OrderLine = "helpdesk.order_line";
    public const string FreeOrders = "helpdesk.free_orders";
    public const string NoFreeOrders = "helpdesk.no_free_orders";
    public const string FreeContractors = "helpdesk.free_contractors";
    public const string NoFreeContractors = "helpdesk.no_free_contractors";
    public const string ContractorLine = "helpdesk.contractor_line";
    public const string StatusCreated = "helpdesk.status_created";
    public const string StatusTaken = "helpdesk.status_taken";
    public const string StatusDone = "helpdesk.status_done";
    public const string StatusCancelled = "helpdesk.status_cancelled";
    public const string AlertNotTaken = "helpdesk.alert_not_taken";
    public const string AlertNotDone = "helpdesk.alert_not_done";
    public const string RoleGranted = "helpdesk.role_granted";
    public const string RoleRevoked = "helpdesk.role_revoked";
    public const string AskUser = "helpdesk.ask_user";
    public const string UserNotRecognised = "helpdesk.user_not_recognised";
    public const string ChooseRole = "helpdesk.choose_role";
    public const string ChooseTariff = "helpdesk.choose_tariff";
    public const string NoTariffs = "helpdesk.no_tariffs";
    public const string UserAdded = "helpdesk.user_added";
    public const string RoleClient = "helpdesk.role_client";
    public const string RoleContractor = "helpdesk.role_contractor";
    public const string RoleManager = "helpdesk.role_manager";
    public const string RoleOwner = "helpdesk.role_owner";
    public const string NewPeriod = "helpdesk.new_period";
    public const string ReportSummary = "helpdesk.report_summary";
    public const string ReportCaption = "helpdesk.report_caption";
    public const string PhotoOnly = "helpdesk.photo_only";
    public const string DocumentRefused = "helpdesk.document_refused";

    public static IEnumerable<TextDefinition> All { get; } =
    [
        new(MenuButton, "Техподдержка", "IT support"),
        new(Start,
            "Это бот техподдержки: клиенты заказывают быструю помощь, подрядчики берут заказы.\n/new_order — новый заказ, /my_orders — мои заказы.",
            "This is the IT support bot: clients order quick help, contractors take the orders.\n/new_order — a new order, /my_orders — my orders."),
        new(CommandNewOrder, "новый заказ", "a new order"),
        new(CommandMyOrders, "мои заказы", "my orders"),
        new(CommandFreeOrders, "свободные заказы", "orders open to take"),
        new(CommandFreeContractors, "свободные подрядчики", "contractors with nothing in work"),
        new(CommandReport, "отчёт за период", "this period's report"),
        new(CommandAddUser, "добавить пользователя", "add a user"),
        new(NoTariff,
            "У вас нет тарифа, поэтому заказ создать нельзя. Обратитесь к владельцу сервиса.",
            "You have no tariff, so you cannot create an order. Please contact the service owner."),
        new(LimitReached,
            "Лимит заказов по вашему тарифу «{tariff}» исчерпан: {limit} в расчётный период. Новый период начнётся {renews}.",
            "Your tariff «{tariff}» allows {limit} orders per billing period, and they are used up. The next period starts {renews}."),
        new(AskDescription,
            "Опишите проблему одним сообщением. Можно приложить фото с подписью.",
            "Describe the problem in one message. You may attach a photo with a caption."),
        new(DescriptionHint,
            "Пришлите описание проблемы текстом или фото с подписью, или нажмите «Отмена».",
            "Send a description of the problem as text or a photo with a caption, or press Cancel."),
        new(PhotoOnly, "(фото без подписи)", "(a photo without a caption)"),
        new(DocumentRefused,
            "Файлы не принимаются. Пришлите описание текстом или фото (как фото, не файлом), или нажмите «Отмена».",
            "Files are not accepted. Send the description as text or a photo (as a photo, not a file), or press Cancel."),
        new(CancelButton, "Отмена", "Cancel"),
        new(Cancelled, "Заказ не создан.", "No order was created."),
        new(OrderCreated,
            "Заказ #{order} создан. Время реакции по тарифу: {reaction} мин. Осталось заказов в этом периоде: {remaining} из {limit}.",
            "Order #{order} is created. Reaction time on your tariff: {reaction} min. Orders left this period: {remaining} of {limit}."),
        new(Offer,
            "Новый заказ #{order} от {client}:\n{description}\nВзять в работу до {deadline}.",
            "New order #{order} from {client}:\n{description}\nTake it by {deadline}."),
        new(TakeButton, "Взять", "Take"),
        new(DoneButton, "Готово", "Done"),
        new(Taking, "Беру заказ…", "Taking the order…"),
        new(YouTook,
            "Вы взяли заказ #{order}:\n{description}\nВыполнить до {deadline}. Когда закончите, нажмите «Готово».",
            "You took order #{order}:\n{description}\nFinish by {deadline}. When you are done, press Done."),
        new(TakenByOther, "Заказ #{order} уже взял другой подрядчик.", "Order #{order} has already been taken by another contractor."),
        new(CopyTaken, "Заказ #{order} взял в работу {contractor}.", "Order #{order} was taken by {contractor}."),
        new(ClientTaken, "Ваш заказ #{order} взял в работу {contractor}.", "Your order #{order} was taken by {contractor}."),
        new(YouDone, "Заказ #{order} выполнен. Ставка: {rate} ₽.", "Order #{order} is done. Your rate: {rate} RUB."),
        new(DoneRefused, "Заказ #{order} не у вас в работе.", "Order #{order} is not in your work."),
        new(ClientDone, "Ваш заказ #{order} выполнен. Оцените работу от 1 до 5.", "Your order #{order} is done. Please rate the work from 1 to 5."),
        new(RateThanks, "Спасибо! Оценка {rating} для заказа #{order} сохранена.", "Thank you! Rating {rating} for order #{order} is saved."),
        new(RateRefused, "Заказ #{order} уже оценён.", "Order #{order} has already been rated."),
        new(Loading, "Загружаю…", "Loading…"),
        new(MyOrdersClient, "Ваши заказы (осталось в этом периоде: {remaining} из {limit}, новый период {renews}):", "Your orders ({remaining} of {limit} left this period, the next period starts {renews}):"),
        new(MyOrdersContractor, "Заказы у вас в работе:", "Orders in your work:"),
        new(NoOrders, "Заказов нет.", "No orders."),
        new(OrderLine, "#{order} — {status} — {description}", "#{order} — {status} — {description}"),
        new(FreeOrders, "Свободные заказы:", "Orders open to take:"),
        new(NoFreeOrders, "Свободных заказов нет.", "No orders are open to take."),
        new(FreeContractors, "Подрядчики без заказов в работе:", "Contractors with nothing in work:"),
        new(NoFreeContractors, "Все подрядчики заняты.", "Every contractor has an order in work."),
        new(ContractorLine, "{name} — tg://user?id={id}", "{name} — tg://user?id={id}"),
        new(StatusCreated, "ждёт подрядчика", "waiting for a contractor"),
        new(StatusTaken, "в работе", "in work"),
        new(StatusDone, "выполнен", "done"),
        new(StatusCancelled, "отменён", "cancelled"),
        new(AlertNotTaken,
            "Заказ #{order} от {client} не взят в работу: прошло {percent}% времени реакции (до {deadline}).\n{description}",
            "Order #{order} from {client} is not taken: {percent}% of the reaction time has passed (due {deadline}).\n{description}"),
        new(AlertNotDone,
            "Заказ #{order} у {contractor} не выполнен: прошло {percent}% времени на выполнение (до {deadline}).\n{description}",
            "Order #{order} with {contractor} is not done: {percent}% of the resolution time has passed (due {deadline}).\n{description}"),
        new(RoleGranted, "Вам выдана роль: {role}.", "You have been given the role: {role}."),
        new(RoleRevoked, "У вас больше нет роли: {role}.", "You no longer have the role: {role}."),
        new(AskUser,
            "Пришлите Telegram id пользователя или поделитесь его контактом.",
            "Send the user's Telegram id or share their contact."),
        new(UserNotRecognised,
            "Не удалось распознать пользователя. Пришлите число — Telegram id — или контакт, у которого есть Telegram, или нажмите «Отмена».",
            "That is not a user. Send a number (the Telegram id) or a contact that has Telegram, or press Cancel."),
        new(ChooseRole, "Какую роль дать пользователю {id}?", "Which role should user {id} have?"),
        new(ChooseTariff, "Какой тариф у клиента {id}?", "Which tariff does client {id} have?"),
        new(NoTariffs, "Тарифов пока нет: добавьте их через админ API (/api/admin/helpdesk/tariffs).", "There are no tariffs yet: add them through the admin API (/api/admin/helpdesk/tariffs)."),
        new(UserAdded, "Пользователю {id} выдана роль: {role}.", "User {id} now has the role: {role}."),
        new(RoleClient, "клиент", "client"),
        new(RoleContractor, "подрядчик", "contractor"),
        new(RoleManager, "менеджер", "manager"),
        new(RoleOwner, "владелец", "owner"),
        new(NewPeriod,
            "Начался новый расчётный период: по тарифу «{tariff}» доступно {limit} заказов до {renews}.",
            "A new billing period has started: your tariff «{tariff}» allows {limit} orders until {renews}."),
        new(ReportSummary,
            "Отчёт {from} — {to}: заказов {created}, выполнено {done}, в работе {open}, нарушений SLA {breaches}, к выплате {payout} ₽.",
            "Report {from} — {to}: {created} orders, {done} done, {open} open, {breaches} SLA breaches, {payout} RUB to pay."),
        new(ReportCaption, "Отчёт {from} — {to}", "Report {from} — {to}"),
    ];
}
