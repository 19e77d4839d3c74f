import { Module } from '@nestjs/common';
import { EmbeddedNotifier } from './embedded-notifier/embedded-notifier.service';
import { ListAlertsSentController } from './list-alerts-sent/list-alerts-sent.controller';
import { ListDeadLettersController } from './list-dead-letters/list-dead-letters.controller';
import { ReplayDeadLetterController } from './replay-dead-letter/replay-dead-letter.controller';

/** Alerts: the embedded notifier, the dead-letter list and its replay, and the alerts sent. */
@Module({
  controllers: [ListDeadLettersController, ReplayDeadLetterController, ListAlertsSentController],
  providers: [EmbeddedNotifier],
})
export class AlertsModule {}
