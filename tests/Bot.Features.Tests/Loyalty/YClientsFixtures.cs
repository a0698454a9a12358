namespace Bot.Features.Tests.Loyalty;

/// <summary>JSON in the shape of YCLIENTS' API reference (records list, record, webhook event, errors),
/// with the quirks real records show.</summary>
internal static class YClientsFixtures
{
    /// <summary>A list answer: one paid record with a client (string amounts, +0900 dates, custom_fields {}),
    /// one without a client (client null, visit_id a string, custom_fields []).</summary>
    public const string RecordsList = """
        {
          "success": true,
          "data": [
            {
              "id": 2,
              "company_id": 4564,
              "staff_id": 9,
              "services": [
                { "id": 1, "title": "Стрижка", "cost": "1500", "manual_cost": 1500, "cost_per_unit": 1500, "discount": 0, "first_cost": 1500, "amount": 1 },
                { "id": 3, "title": "Укладка", "cost": 999.5, "manual_cost": 999.5, "cost_per_unit": 999.5, "discount": 0, "first_cost": 999.5, "amount": 1 }
              ],
              "goods_transactions": [],
              "staff": { "id": 9, "name": "Оксана", "specialization": "парикмахер", "avatar": "", "rating": 5, "votes_count": 0 },
              "client": {
                "id": 5, "name": "Иван", "phone": "+79169999900", "card": "", "email": "ivan@example.com",
                "success_visits_count": 2, "fail_visits_count": 0, "discount": 0, "custom_fields": []
              },
              "clients_count": 1,
              "date": "2017-01-16 15:00:00",
              "datetime": "2017-01-16T15:00:00+09:00",
              "create_date": "2017-01-15T12:35:55+0900",
              "comment": "",
              "online": true,
              "visit_attendance": 1,
              "attendance": 1,
              "confirmed": 1,
              "seance_length": 3600,
              "length": 3600,
              "sms_before": 0,
              "sms_now": 0,
              "sms_now_text": "",
              "email_now": 0,
              "notified": 0,
              "master_request": 0,
              "api_id": "",
              "from_url": "",
              "review_requested": 0,
              "visit_id": 3,
              "created_user_id": 1,
              "deleted": false,
              "paid_full": 1,
              "prepaid": false,
              "prepaid_confirmed": false,
              "last_change_date": "2017-01-16T16:10:05+0900",
              "custom_color": "",
              "custom_font_color": "",
              "record_labels": [],
              "activity_id": 0,
              "custom_fields": { "source": "instagram" },
              "documents": [ { "id": 1, "type_id": 7, "storage_id": 0, "user_id": 1, "company_id": 4564, "number": 1, "comment": "", "date_created": "2017-01-16 16:10:05", "category_id": 0, "visit_id": 3, "record_id": 2, "type_title": "Визит" } ]
            },
            {
              "id": 7,
              "company_id": 4564,
              "staff_id": 9,
              "services": [ { "id": 1, "title": "Стрижка", "cost": 1200, "first_cost": 1500, "discount": 20, "amount": 1 } ],
              "goods_transactions": [],
              "client": null,
              "date": "2017-01-17 10:00:00",
              "datetime": "2017-01-17T10:00:00+09:00",
              "create_date": "2017-01-16T09:00:00+0900",
              "visit_attendance": 0,
              "attendance": 0,
              "confirmed": 1,
              "visit_id": "904411",
              "deleted": false,
              "paid_full": 0,
              "last_change_date": "2017-01-16T09:00:00+09:00",
              "record_labels": [],
              "custom_fields": []
            }
          ],
          "meta": { "page": 1, "total_count": 2 }
        }
        """;

    /// <summary>A single record (GET /record/{company_id}/{record_id}'s data), deleted, attendance -1.</summary>
    public const string SingleRecord = """
        {
          "id": 11,
          "company_id": 4564,
          "services": [ { "id": 4, "title": "Массаж", "cost": "2 500,50", "first_cost": "2500.50", "discount": "0", "amount": "1" } ],
          "client": { "id": "77", "name": "Анна", "phone": "89161234567", "email": "" },
          "date": "2017-02-01 12:30:00",
          "datetime": "2017-02-01T12:30:00+03:00",
          "create_date": "2017-01-20T08:00:00+0300",
          "attendance": "-1",
          "visit_id": 0,
          "deleted": true,
          "paid_full": "1",
          "last_change_date": "2017-02-01T13:00:00+0300",
          "custom_fields": [ { "code": "promo", "value": "SPRING" } ]
        }
        """;

    public static string WebhookEvent(string status, string data) => $$"""
        {
          "company_id": 4564,
          "resource": "record",
          "resource_id": 11,
          "status": "{{status}}",
          "data": {{data}}
        }
        """;

    public const string UnauthorizedError = """
        { "success": false, "data": null, "meta": { "message": "Необходима авторизация" } }
        """;

    public const string ValidationError = """
        { "success": false, "data": null, "meta": { "message": "Ошибка валидации", "errors": { "changed_after": "Неверный формат даты" } } }
        """;

    public const string LegacyError = """
        { "errors": { "code": 403, "message": "Нет прав на управление компанией" } }
        """;

    public static string Page(int page, int total, params long[] ids) => $$"""
        {
          "success": true,
          "data": [{{string.Join(",", ids.Select(id => $$"""{"id":{{id}},"company_id":4564,"services":[{"id":1,"title":"x","cost":100}],"client":null,"attendance":1,"paid_full":1,"deleted":false,"visit_id":{{id}},"last_change_date":"2017-01-16T16:10:05+0300","custom_fields":[]}"""))}}],
          "meta": { "page": {{page}}, "total_count": {{total}} }
        }
        """;
}
