import { serviceRequestStatusOf } from '../lifecycle/lifecycle';
import {
  SERVICE_REQUEST_EVENT_TYPES,
  type ServiceRequestEvent,
} from '../events/service-request-events';
import {
  evolveServiceRequest,
  foldServiceRequest,
  initialServiceRequestState,
} from '../state/evolve';
import {
  given,
  historyOf,
  requestCommands as r,
  requestContextOn as on,
} from '../testing/service-request-testing';

const raised = () => historyOf(['2026-03-02', r.raise()]);
const inHand = () => historyOf(['2026-03-02', r.raise()], ['2026-03-03', r.takeInHand()]);
const done = () =>
  historyOf(
    ['2026-03-02', r.raise()],
    ['2026-03-03', r.takeInHand()],
    ['2026-03-05', r.complete()],
  );
const offered = () => [...inHand(), ...historyOfOffer()];
function historyOfOffer(): ServiceRequestEvent[] {
  return [
    {
      type: 'ComplaintOffered',
      data: {
        effectiveOn: '2026-03-04',
        offerId: 'O1',
        dissatisfaction: 'Third missed appointment; took a day off work for nothing',
        whileOpen: true,
      },
    },
  ];
}

describe('service requests are not complaints (CHC 1.4): raised, in hand, done', () => {
  describe('new', () => {
    it('CHC 1.4: a service request is recorded', () => {
      given([])
        .when(r.raise(), on('2026-03-02'))
        .then([
          {
            type: 'ServiceRequestRaised',
            data: {
              effectiveOn: '2026-03-02',
              serviceRequestId: 'sr-0001',
              residentRef: 'R-100',
              propertyRef: 'P-200',
              channel: 'PHONE',
              description: 'Kitchen tap leaking',
            },
          },
        ]);
    });

    it('refuses a second raise, a missing description, a future date and an unexplained backdate', () => {
      given(raised())
        .when(r.raise(), on('2026-03-02'))
        .thenThrows('SERVICE_REQUEST_ALREADY_RAISED');
      given([])
        .when(r.raise({ description: '' }), on('2026-03-02'))
        .thenThrows('INVALID_COMMAND');
      given([])
        .when(r.raise({ effectiveOn: '2026-03-03' }), on('2026-03-02'))
        .thenThrows('DATE_IN_FUTURE');
      given([])
        .when(r.raise({ effectiveOn: '2026-03-01' }), on('2026-03-02'))
        .thenThrows('BACKDATE_REASON_REQUIRED');
      given([]).when(r.takeInHand(), on('2026-03-02')).thenThrows('SERVICE_REQUEST_NOT_FOUND');
    });
  });

  describe('raised', () => {
    it('is taken in hand, or done at once', () => {
      given(raised())
        .when(r.takeInHand({ plannedFor: '2026-03-06' }), on('2026-03-03'))
        .then([
          {
            type: 'ServiceRequestTakenInHand',
            data: { effectiveOn: '2026-03-03', assignee: 'plumber-7', plannedFor: '2026-03-06' },
          },
        ]);
      given(raised())
        .when(r.complete(), on('2026-03-02'))
        .then([
          {
            type: 'ServiceRequestCompleted',
            data: { effectiveOn: '2026-03-02', outcome: 'Tap washer replaced' },
          },
        ]);
    });
  });

  describe('done', () => {
    it('stays done: it is neither taken in hand nor completed again', () => {
      expect(serviceRequestStatusOf(foldServiceRequest(done()).lifecycle)).toBe('done');
      given(done()).when(r.takeInHand(), on('2026-03-06')).thenThrows('ILLEGAL_TRANSITION');
      given(done()).when(r.complete(), on('2026-03-06')).thenThrows('ILLEGAL_TRANSITION');
    });
  });
});

describe('the offer to complain (CHC 1.3, 1.5)', () => {
  it('CHC 1.3, 1.5: dissatisfaction while the request is in hand: the choice to complain is recorded', () => {
    given(inHand()).when(r.offer(), on('2026-03-04')).then(historyOfOffer());
  });

  it('CHC 1.3: what the resident is dissatisfied with is recorded', () => {
    given(inHand())
      .when(r.offer({ dissatisfaction: ' ' }), on('2026-03-04'))
      .thenThrows('DISSATISFACTION_REQUIRED');
  });

  it('CHC 1.5: an accepted offer records the complaint it led to (the link)', () => {
    given(offered())
      .when(r.accept(), on('2026-03-04'))
      .then([
        {
          type: 'ComplaintOfferAccepted',
          data: { effectiveOn: '2026-03-04', offerId: 'O1', complaintId: 'c-0001' },
        },
      ]);
    given(offered())
      .when(r.accept({ complaintId: '' }), on('2026-03-04'))
      .thenThrows('COMPLAINT_ID_REQUIRED');
  });

  it('CHC 1.3: a declined offer is kept, with the resident’s words (self-assessment evidence)', () => {
    given(offered())
      .when(r.decline(), on('2026-03-05'))
      .then([
        {
          type: 'ComplaintOfferDeclined',
          data: {
            effectiveOn: '2026-03-05',
            offerId: 'O1',
            residentsWords: 'Just fix the tap, I don’t want to complain',
          },
        },
      ]);
    const record = foldServiceRequest([
      ...offered(),
      {
        type: 'ComplaintOfferDeclined',
        data: { effectiveOn: '2026-03-05', offerId: 'O1', residentsWords: 'No thanks' },
      },
    ]).request!;
    expect(record.offers).toEqual([
      {
        offerId: 'O1',
        offeredOn: '2026-03-04',
        dissatisfaction: 'Third missed appointment; took a day off work for nothing',
        whileOpen: true,
        status: 'DECLINED',
        answeredOn: '2026-03-05',
        residentsWords: 'No thanks',
      },
    ]);
  });

  it('the answer may be given in the same call', () => {
    given(inHand())
      .when(r.offer({ answer: { accepted: true, complaintId: 'c-0009' } }), on('2026-03-04'))
      .then([
        ...historyOfOffer(),
        {
          type: 'ComplaintOfferAccepted',
          data: { effectiveOn: '2026-03-04', offerId: 'O1', complaintId: 'c-0009' },
        },
      ]);
  });

  it('an offer is answered once, and only an offer that exists', () => {
    const declined = historyOf(
      ['2026-03-02', r.raise()],
      ['2026-03-04', r.offer({ answer: { accepted: false } })],
    );
    given(declined).when(r.accept(), on('2026-03-05')).thenThrows('OFFER_ALREADY_ANSWERED');
    given(offered())
      .when(r.accept({ offerId: 'O9' }), on('2026-03-05'))
      .thenThrows('UNKNOWN_OFFER');
  });

  it('CHC 1.5: work on the request does not stop: it is completed with the offer unanswered', () => {
    const history = historyOf(
      ['2026-03-02', r.raise()],
      ['2026-03-03', r.takeInHand()],
      ['2026-03-04', r.offer()],
      ['2026-03-05', r.complete()],
      ['2026-03-06', r.accept({ complaintId: 'c-0002' })],
    );
    const state = foldServiceRequest(history);
    expect(serviceRequestStatusOf(state.lifecycle)).toBe('done');
    expect(state.request).toMatchObject({
      completedOn: '2026-03-05',
      offers: [{ offerId: 'O1', status: 'ACCEPTED', complaintId: 'c-0002', whileOpen: true }],
    });
  });

  it('dissatisfaction with the outcome after the request is done is offered too (whileOpen: false)', () => {
    const history = historyOf(['2026-03-02', r.raise()], ['2026-03-05', r.complete()]);
    const events = historyOf(
      ['2026-03-02', r.raise()],
      ['2026-03-05', r.complete()],
      ['2026-03-09', r.offer({ dissatisfaction: 'The tap leaks again' })],
    ).slice(history.length);
    expect(events).toEqual([
      {
        type: 'ComplaintOffered',
        data: {
          effectiveOn: '2026-03-09',
          offerId: 'O1',
          dissatisfaction: 'The tap leaks again',
          whileOpen: false,
        },
      },
    ]);
  });
});

describe('replaying stored service request history', () => {
  it('folds every event type and never throws on damaged history', () => {
    const history = historyOf(
      ['2026-03-02', r.raise()],
      ['2026-03-03', r.takeInHand()],
      ['2026-03-04', r.offer({ answer: { accepted: false } })],
      ['2026-03-05', r.offer({ dissatisfaction: 'Still leaking' })],
      ['2026-03-05', r.accept({ offerId: 'O2' })],
      ['2026-03-06', r.complete()],
    );
    expect([...new Set(history.map((e) => e.type))].sort()).toEqual(
      [...SERVICE_REQUEST_EVENT_TYPES].sort(),
    );
    const junk = [
      { type: 'Mystery', data: {} },
      { type: 'ComplaintOffered' },
    ] as unknown as ServiceRequestEvent[];
    let state = initialServiceRequestState();
    for (const event of [...history, ...junk]) state = evolveServiceRequest(state, event);
    expect(state.request).toMatchObject({
      version: history.length + junk.length,
      lastStepOn: '2026-03-06',
      offers: [
        { offerId: 'O1', status: 'DECLINED' },
        { offerId: 'O2', status: 'ACCEPTED', complaintId: 'c-0001' },
      ],
    });
  });
});
