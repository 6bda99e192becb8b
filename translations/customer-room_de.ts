<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArtifactDialog</name>
    <message>
        <source>Artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is not a picture; this is its preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This artifact has no picture to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactsCell</name>
    <message>
        <source>No artifacts for this stage yet: drop the letters, invoices or app screens customers receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to view it full size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallPlayer</name>
    <message>
        <source>No audio output device found — connect speakers; playback continues silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line to hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s audio is damaged or in a format this computer cannot play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPlayerDialog</name>
    <message>
        <source>Customer call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other calls of this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has no recording, only its transcript.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsCell</name>
    <message>
        <source>No calls for this stage yet: drop audio files here or add a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 call on %2, %3 long, agent %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Space to play it to the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsCell</name>
    <message>
        <source>&lt;b&gt;Complaints&lt;/b&gt; received in %1 from every channel (phone, e-mail, web, store, social, returns), mapped to this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None mapped to this stage: connect a complaints feed or check the mapping rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to search all complaints of this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>complaints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to read and search them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints · %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message>
        <source>Search complaints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — complaints, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixesCell</name>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixes for this stage yet: assign one in the review, with an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric to move: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixesDialog</name>
    <message>
        <source>%1 — fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixes for this stage yet: assign one in the review, with an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCell</name>
    <message>
        <source>No KPIs for this stage yet: add one for each key moment of truth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every KPI of this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green when the target is met, amber within %1 of it, red beyond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: the last %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>A count of answers cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer %2 is outside its %3-%4 scale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Compare to previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by month or by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each score&apos;s change against the period before, with its significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type, high contrast (F11; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomErrorPage</name>
    <message>
        <source>This room cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another room file, or open the demo room to look around.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCell</name>
    <message>
        <source>&lt;b&gt;Net Promoter Score&lt;/b&gt;, %1&lt;br&gt;NPS = % promoters (9ጐ) − % detractors (0Ķ), range ℀..100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NPS answers for this stage in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1 answers: %2 promoters, %3 passives, %4 detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % margin of error: ±%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low sample: fewer than %1 answers, read with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change vs %1 (NPS %2, n = %3): %4 points; significant only when |Δ| &gt; %5 — %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NPS in %1 to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n&#xa0;%1 · ±%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT %1&#x2009;% · n&#xa0;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES %1 of 7 · n&#xa0;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT = % of answers 4ĵ on a 1ĵ scale (top-2-box). CES = mean effort on 1ķ (lower is easier).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageHeaderCell</name>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target experience yet: write one sentence in the customer&apos;s voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also shaped by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageInfoDialog</name>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also shaped by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: %2 complaints, %3 calls, %4 open fixes, %5 verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChartDialog</name>
    <message>
        <source>%1 — NPS trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPIs for this stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % margin of error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS = % promoters (9ጐ) − % detractors (0Ķ) per month, with its 95 % margin of error as the band. Wide bands mean few answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, n = %3, ±%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NPS answers for this stage in the last %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Green when the target is met, amber within %2 of it, red beyond.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>Customer Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Customer Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer rooms (*.croom);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Click to jump there; ← and → step 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cr</name>
    <message>
        <source>The demo media file is missing from this build: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo media manifest is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo media manifest is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo call %1 names an unknown stage &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo artifact %1 names an unknown stage &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly customer review – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walked the wall stage by stage and played one call per broken stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo can only be created in an empty room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel Fibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a readable audio file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio file has no sample rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audio file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no stages; list them under &quot;stages&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: maturity &quot;%2&quot; is not broken, reliable or differentiating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; names department &quot;%2&quot;, which is not in &quot;departments&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cr::RoomStore</name>
    <message>
        <source>Reading departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stage departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading survey scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading KPI values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room has no call number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading fix departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading fix evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the months that hold data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a room file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room file here. Create one with &quot;customer-room-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Customer Room room (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged or not a room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an SQLite database but not a Customer Room room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room was saved by a newer Customer Room (room format %1; this program reads up to %2). Update Customer Room to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is an empty database, not a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the room to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction to upgrade the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the room to format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the room format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving room settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room holds no media with fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the media cache folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the media cache file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table named %1 in a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding department &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking stage &quot;%1&quot; to a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding moment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding artifact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer %2 is outside its %3-%4 scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding KPI &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a KPI value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding call &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding fix &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking fix &quot;%1&quot; to a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking evidence to fix &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding review &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cr::RoomStore::Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cr::cli</name>
    <message>
        <source>Customer Room %1 – the customer journey as a wall of evidence.

Usage: customer-room-cli COMMAND ROOM [options]

Commands:
  init ROOM [--demo] [--template FILE.json]
      Create a room file (suggested suffix .croom). --demo fills it with
      Kestrel Fibre, a broadband provider with 13 months of evidence.
  report ROOM --json [--from YYYY-MM-DD] [--to YYYY-MM-DD]
      Print every stage&apos;s scores, complaints, KPIs, calls, artifacts and
      fixes as JSON. Without --from/--to the whole room is covered.

Coming with the feeds release: import, feed, sync, export.

Run &apos;customer-room-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 1 bad usage, 2 room or file cannot be opened,
3 some records rejected, 4 nothing imported.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;customer-room-cli %1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the room with the Kestrel Fibre demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages and departments from a JSON template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the demo data (default 20261).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month of demo data (default: last month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes exactly one ROOM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --demo or --template, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--last-month needs YYYY-MM, e.g. 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the only format so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes exactly one ROOM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, e.g. 2026-10-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in this build yet; it arrives with the feeds release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cr::ui</name>
    <message>
        <source>no data in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The customer journey as a wall of evidence. Without ROOM the demo room opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room file (.croom) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type, high contrast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the wall to FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
