import {
  buildExport,
  exportVerification,
  readComplaintEvents,
  renderExportCsv,
  renderExportHtml,
  type ExportDocument,
} from '@redress/audit';
import { MemoryEventStore, verifyStream } from '@redress/event-store';
import { recordAuditedComplaint } from '../support/audited-complaint';

const HOSTILE = 'Damp <script>alert("x")</script> & "mould" in the back bedroom';

describe('the export for the Ombudsman', () => {
  let doc: ExportDocument;
  beforeAll(async () => {
    const store = new MemoryEventStore();
    const { id } = await recordAuditedComplaint(store, undefined, HOSTILE);
    const found = (await readComplaintEvents(store, id))!;
    const verification = exportVerification(verifyStream(found.recorded), found.events);
    doc = buildExport(found.events, verification, new Date('2025-10-02T09:00:00Z'));
  });

  it('holds every element of the record (domain doc §7)', () => {
    expect(doc.intake).toMatchObject({ receivedOn: '2025-04-17', description: HOSTILE });
    const [stage1, stage2] = doc.stages;
    expect(stage1).toMatchObject({
      acknowledgedOn: '2025-04-22',
      handlerId: 'alice',
      definition: { issues: [{ issueId: 'S1-I1', summary: 'Damp and mould not treated' }] },
      extensions: [
        { notifiedOn: '2025-04-30', newDueOn: '2025-05-14', reason: 'Awaiting a surveyor report' },
      ],
      response: { respondedOn: '2025-05-12', outcome: 'UPHELD', decisions: [{ issueId: 'S1-I1' }] },
    });
    expect(stage2).toMatchObject({
      triggeredOn: '2025-05-14',
      definition: { issues: [{ issueId: 'S2-I1' }] },
      response: { respondedOn: '2025-06-12', respondedBy: 'bob' },
    });
    expect(doc.actions).toContainEqual(
      expect.objectContaining({ actionId: 'S1-R1', kind: 'remedy' }),
    );
    expect(doc.closures[0]).toMatchObject({
      rootCause: 'CONTRACTOR_PERFORMANCE',
      learning: expect.any(String),
    });
    expect(doc.ombudsman).toMatchObject({
      referredOn: '2025-07-01',
      determinedOn: '2025-10-01',
      severeMaladministration: true,
    });
    expect(doc.deadlines.map((d) => [d.kind, d.status])).toEqual([
      ['STAGE1_ACKNOWLEDGEMENT', 'met'],
      ['STAGE1_RESPONSE', 'met'],
      ['STAGE2_ACKNOWLEDGEMENT', 'met'],
      ['STAGE2_RESPONSE', 'met'],
      ['REMEDY', 'pending'],
    ]);
    expect(doc.backdated.map((h) => h.revision)).toEqual([6]);
    expect(doc.history).toHaveLength(10);
    expect(doc.verification).toMatchObject({
      intact: true,
      events: 10,
      headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('prints the verification and head hash on the CSV, quoting awkward values', () => {
    const csv = renderExportCsv(doc);
    expect(csv.split('\r\n')[0]).toBe('section,item,field,value');
    expect(csv).toContain(`verification,,headHash,${doc.verification.headHash}`);
    expect(csv).toContain(
      'intake,,description,"Damp <script>alert(""x"")</script> & ""mould"" in the back bedroom"',
    );
    expect(csv).toContain('extension,stage 1 #1,reason,Awaiting a surveyor report');
  });

  it('prints the verification and head hash on the HTML page and escapes every value', () => {
    const html = renderExportHtml(doc);
    expect(html).toContain('Hash chain verified: 10 events, unaltered.');
    expect(html).toContain(doc.verification.headHash);
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      'Damp &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;mould&quot;',
    );
    expect(html).toContain('@page');
  });
});
