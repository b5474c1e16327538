The Open311 requests as XML, for a station that requires verification and
keeps summer time: a handled report stays open until verified, a rejected
one is open again with the rejection's note, the offset follows the date
(+01:00 in winter, +02:00 in summer), text is escaped for XML and personal
numbers are masked in every element, status_notes too.
--- setup
fh init --station "Ost & Söhne <Wache>"
fh config set timezone Europe/Berlin
fh config set verification true
export FH_NOW="2026-11-20 12:00"
fh-report add --category fire --at "2026-07-01 09:30" --where "Hof \"B\"" "Tür <verstellt> & 'zu'"
fh-report add --category theft --at "2026-01-15 23:10" "Fahrrad"
fh-report add --category consult --at "2026-03-29 01:30" "Frage"
fh-report handle 1 --note "geräumt" --at "2026-07-02 10:00"
fh-report handle 2 --note "gefunden" --at "2026-01-20 10:00"
fh-report verify 2 --reject --note "Rückruf 13812345678 ohne Antwort"
fh-report handle 3 --note "beantwortet" --at "2026-03-29 08:00"
fh-report verify 3 --note "bestätigt"
--- run
fh-report export --open311 -f xml
--- stdout
<?xml version="1.0" encoding="utf-8"?>
<service_requests>
  <request>
    <service_request_id>2</service_request_id>
    <status>open</status>
    <status_notes>Rückruf 138****5678 ohne Antwort</status_notes>
    <service_name>盗窃</service_name>
    <service_code>theft</service_code>
    <description>Fahrrad</description>
    <agency_responsible>Ost &amp; Söhne &lt;Wache&gt;</agency_responsible>
    <requested_datetime>2026-01-15T23:10:00+01:00</requested_datetime>
    <updated_datetime>2026-11-20T12:00:00+01:00</updated_datetime>
    <expected_datetime>2026-01-22T23:10:00+01:00</expected_datetime>
  </request>
  <request>
    <service_request_id>3</service_request_id>
    <status>closed</status>
    <status_notes>bestätigt</status_notes>
    <service_name>咨询求助</service_name>
    <service_code>consult</service_code>
    <description>Frage</description>
    <agency_responsible>Ost &amp; Söhne &lt;Wache&gt;</agency_responsible>
    <requested_datetime>2026-03-29T01:30:00+01:00</requested_datetime>
    <updated_datetime>2026-11-20T12:00:00+01:00</updated_datetime>
    <expected_datetime>2026-03-30T01:30:00+02:00</expected_datetime>
  </request>
  <request>
    <service_request_id>1</service_request_id>
    <status>open</status>
    <status_notes>geräumt</status_notes>
    <service_name>消防隐患</service_name>
    <service_code>fire</service_code>
    <description>Tür &lt;verstellt&gt; &amp; &apos;zu&apos;</description>
    <agency_responsible>Ost &amp; Söhne &lt;Wache&gt;</agency_responsible>
    <requested_datetime>2026-07-01T09:30:00+02:00</requested_datetime>
    <updated_datetime>2026-07-02T10:00:00+02:00</updated_datetime>
    <expected_datetime>2026-07-04T09:30:00+02:00</expected_datetime>
    <address>Hof &quot;B&quot;</address>
  </request>
</service_requests>
