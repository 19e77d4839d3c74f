// The EventStore port and its adapters arrive with the event-store work; nothing is exported yet.
export {};
