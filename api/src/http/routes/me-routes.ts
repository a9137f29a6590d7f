import {
  CalendarFeedCreatedSchema,
  CalendarFeedStatusSchema,
  MarkNotificationsReadRequestSchema,
  MyActionsSchema,
  NotificationListSchema,
  NotificationSettingsSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  createCalendarFeed,
  getCalendarFeedStatus,
  revokeCalendarFeed,
} from '../../services/calendar/manage-calendar-feed';
import { renderUserCalendar } from '../../services/calendar/render-user-calendar';
import { getNotificationSettings } from '../../services/notifications/get-notification-settings';
import { listNotifications } from '../../services/notifications/list-notifications';
import { markNotificationsRead } from '../../services/notifications/mark-notifications-read';
import { updateNotificationSettings } from '../../services/notifications/update-notification-settings';
import { listMyActions } from '../../services/workflow/list-my-actions';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { requireActor } from '../require-actor';
import { resolvePublicUrl } from '../resolve-public-url';

/** The feed secret: 32 random bytes, base64url. */
const FeedParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

/**
 * What concerns the signed-in person across all their deals: « Mes actions », in-app
 * notifications, reminder preferences and their private calendar feed (whose address carries a
 * revocable secret, never the session).
 */
export function registerMeRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/actions',
      tags: ['me'],
      summary: '« Mes actions »: what the caller must do across their deals, most urgent first',
      security: SESSION_SECURITY,
      responses: { 200: jsonResponse(MyActionsSchema, 'The actions'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json(await listMyActions(c.get('deps'), requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/notifications',
      tags: ['me'],
      summary: 'The caller’s latest in-app notifications and the unread count',
      security: SESSION_SECURITY,
      responses: { 200: jsonResponse(NotificationListSchema, 'Newest first'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json(await listNotifications(c.get('deps'), requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/me/notifications/read',
      tags: ['me'],
      summary: 'Mark notifications read: those named, or all',
      security: SESSION_SECURITY,
      request: jsonBody(MarkNotificationsReadRequestSchema),
      responses: { 200: jsonResponse(NotificationListSchema, 'Newest first'), ...ERROR_RESPONSES },
    }),
    async (c) =>
      c.json(await markNotificationsRead(c.get('deps'), requireActor(c), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/notification-settings',
      tags: ['me'],
      summary: 'E-mail reminder preferences',
      security: SESSION_SECURITY,
      responses: { 200: jsonResponse(NotificationSettingsSchema, 'The settings'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json(await getNotificationSettings(c.get('deps'), requireActor(c).user.id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/me/notification-settings',
      tags: ['me'],
      summary: 'Change e-mail reminder preferences',
      security: SESSION_SECURITY,
      request: jsonBody(NotificationSettingsSchema),
      responses: { 200: jsonResponse(NotificationSettingsSchema, 'Saved'), ...ERROR_RESPONSES },
    }),
    async (c) =>
      c.json(await updateNotificationSettings(c.get('deps'), requireActor(c), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/calendar-feed',
      tags: ['me'],
      summary: 'Whether the caller has a calendar feed address',
      security: SESSION_SECURITY,
      responses: { 200: jsonResponse(CalendarFeedStatusSchema, 'Status'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json(await getCalendarFeedStatus(c.get('deps'), requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/me/calendar-feed',
      tags: ['me'],
      summary: 'A new calendar feed address (the previous one stops working); shown once',
      security: SESSION_SECURITY,
      responses: { 201: jsonResponse(CalendarFeedCreatedSchema, 'The address'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const { token, createdAt } = await createCalendarFeed(c.get('deps'), requireActor(c));
      return c.json({ url: `${resolvePublicUrl(c)}/api/calendar/${token}`, createdAt }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/me/calendar-feed',
      tags: ['me'],
      summary: 'Revoke the calendar feed address (it answers 404 from now on)',
      security: SESSION_SECURITY,
      responses: { 200: jsonResponse(CalendarFeedStatusSchema, 'Revoked'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json(await revokeCalendarFeed(c.get('deps'), requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/calendar/{token}',
      tags: ['me'],
      summary: 'The iCalendar (RFC 5545) feed of the secret’s owner; no session; 404 once revoked',
      request: { params: FeedParamsSchema },
      responses: {
        200: { content: { 'text/calendar': { schema: z.string() } }, description: 'The feed' },
        404: ERROR_RESPONSES[404],
      },
    }),
    async (c) => {
      const text = await renderUserCalendar(c.get('deps'), c.req.valid('param').token, resolvePublicUrl(c));
      return c.body(text, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="deedroom.ics"',
        'Cache-Control': 'private, no-store',
      });
    },
  );
}
