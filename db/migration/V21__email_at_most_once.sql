-- Issue 12, ADR 0019: e-mail sent at most once, one-time links minted at sending, stale event publications
-- alerted once.

-- A message is claimed (SENDING, committed) before SMTP is called; one whose attempt died there is UNCERTAIN,
-- for a person, never resent on its own.
alter table notification_message drop constraint notification_message_status_check;
alter table notification_message add constraint notification_message_status_check
    check (status in ('PENDING', 'SENDING', 'SENT', 'LOGGED', 'FAILED', 'UNCERTAIN'));
alter table notification_message add column claimed_at timestamptz;
create index notification_message_sending_idx on notification_message (claimed_at) where status = 'SENDING';

-- A message with a one-time link stores it masked; the token is minted when the message is sent.
alter table notification_message add column link_kind varchar(40);
alter table notification_message add column link_subject uuid;
alter table notification_message add constraint notification_message_link_check
    check ((link_kind is null) = (link_subject is null));

-- Reset links in messages stored before this change: mask them (the tokens stay valid for at most an hour).
update notification_message
   set body_text = regexp_replace(body_text, 'reset-password\?token=[A-Za-z0-9_-]+', 'reset-password?token=••••', 'g'),
       body_html = regexp_replace(body_html, 'reset-password\?token=[A-Za-z0-9_-]+', 'reset-password?token=••••', 'g')
 where kind = 'password-reset';

-- Event publications incomplete past the alert threshold that an admin alert was raised for (once each).
create table event_publication_alert (
    publication_id uuid        primary key,
    alerted_at     timestamptz not null
);

-- Completed publications are deleted from now on (spring.modulith.events.completion-mode=delete); drop the
-- ones kept so far, which hold the personal data and reset tokens older events carried. Old reset requests
-- carried the token itself: drop them even if incomplete (the customer asks again; a link lasts an hour).
delete from event_publication where completion_date is not null;
delete from event_publication where event_type = 'dev.focal.customers.CustomerPasswordResetRequested';
delete from event_publication_archive;
