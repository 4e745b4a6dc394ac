import type {
  BatchOptions,
  IntakeBatch,
  IntakeConnect,
  IntakeDocument,
  IntakeInput,
  IntakeItem,
  IntakeOutcome,
  IntakeState,
} from '../../core/ports.js';
import { ConnectedLookupsStore } from '../connected-lookups.js';
import type { IntakeTables } from './intake.js';

/**
 * The PostgreSQL store's intake methods (the workers' rows, `IntakeRepository`), answered by its intake
 * tables (`intake.ts`) in the store's view: in the transaction of a view bound to one, as its other tables.
 */
export abstract class IntakeStore extends ConnectedLookupsStore {
  protected abstract readonly intake: IntakeTables;

  createBatch(options: BatchOptions): Promise<string> {
    return this.intake.createBatch(options);
  }

  addIntake(batchId: string, inputs: IntakeInput[]): Promise<number[]> {
    return this.intake.addIntake(batchId, inputs);
  }

  sealBatch(batchId: string): Promise<void> {
    return this.intake.sealBatch(batchId);
  }

  getBatch(batchId: string): Promise<IntakeBatch | null> {
    return this.intake.getBatch(batchId);
  }

  listBatches(limit: number): Promise<IntakeBatch[]> {
    return this.intake.listBatches(limit);
  }

  getBatchOptions(batchId: string): Promise<BatchOptions | null> {
    return this.intake.getBatchOptions(batchId);
  }

  intakeInState(seqs: number[], state: IntakeState): Promise<IntakeItem[]> {
    return this.intake.intakeInState(seqs, state);
  }

  advanceIntake(
    seq: number,
    from: IntakeState,
    to: IntakeState,
    documents: IntakeDocument[],
  ): Promise<boolean> {
    return this.intake.advanceIntake(seq, from, to, documents);
  }

  nextIntake(limit: number): Promise<IntakeItem[]> {
    return this.intake.nextIntake(limit);
  }

  intakeHead(limit: number): Promise<Array<Pick<IntakeItem, 'seq' | 'state'>>> {
    return this.intake.intakeHead(limit);
  }

  linkIntake(seq: number, outcomes: IntakeOutcome[], articleIds: string[][]): Promise<void> {
    return this.intake.linkIntake(seq, outcomes, articleIds);
  }

  connectHead(limit: number): Promise<IntakeConnect[]> {
    return this.intake.connectHead(limit);
  }

  connectIntake(seq: number): Promise<boolean> {
    return this.intake.connectIntake(seq);
  }

  reclaimIntake(seconds: number, limit: number): Promise<Array<{ seq: number; state: IntakeState }>> {
    return this.intake.reclaimIntake(seconds, limit);
  }
}
