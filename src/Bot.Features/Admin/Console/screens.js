// The console's screens, in menu order: one line per screen.
//   id:     the screen's address (#/<id>)
//   title:  its menu entry
//   flow:   the Features:Enabled name that must be on for it to show (null: always shown)
//   module: the screen's module, relative to this file. Core screens live in Admin/Console/screens/;
//           a flow's screen is src/Bot.Features/<Flow>/Admin/<name>.console.js, served as ./screens/<name>.console.js.
// A module exports `mount(root)`: see README "The admin console".
export const screens = [
  { id: "users", title: "Users", flow: null, module: "./screens/users.js" },
  { id: "audit", title: "Audit log", flow: null, module: "./screens/audit.js" },
  { id: "texts", title: "Texts", flow: null, module: "./screens/texts.js" },
  { id: "loyalty", title: "Loyalty", flow: "loyalty", module: "./screens/loyalty.console.js" },
  { id: "helpdesk", title: "Helpdesk", flow: "helpdesk", module: "./screens/helpdesk.console.js" },
  { id: "coaching", title: "Coaching", flow: "coaching", module: "./screens/coaching.console.js" },
  { id: "shop-products", title: "Products", flow: "rewards", module: "./screens/shop-products.console.js" },
  { id: "shop-pvz", title: "Pickup points", flow: "rewards", module: "./screens/shop-pickup.console.js" },
  { id: "shop-orders", title: "Shop orders", flow: "rewards", module: "./screens/shop-orders.console.js" },
  { id: "rewards-promo", title: "Promo codes", flow: "rewards", module: "./screens/rewards-promo.console.js" },
  { id: "rewards-coefficients", title: "Coefficients", flow: "rewards", module: "./screens/rewards-coefficients.console.js" },
  { id: "rewards-walks", title: "Walks & families", flow: "rewards", module: "./screens/rewards-walks.console.js" },
  { id: "broadcasts", title: "Broadcasts", flow: null, module: "./screens/broadcasts.console.js" }, // core: on whatever Features:Enabled says
];
