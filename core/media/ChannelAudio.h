#pragma once
// One side of a two-channel ("dual-channel", stereo) call recording, so the
// room can hear the customer alone. Contact centres record each party on its
// own channel:
// - Amazon Connect stores the agent on the right channel and all incoming
//   audio (the customer and anyone conferenced in) on the left channel
//   (Amazon Connect Administrator Guide, "Set up recording behavior").
// - Twilio's dual-channel recordings put the parent call leg on the first
//   channel and the child leg on the second; on an inbound call dialled
//   through to an agent the parent leg is the caller (Twilio Voice API,
//   RecordingChannels "dual").
// So the customer is on the left (first) channel by default; outbound
// campaigns that call the customer reverse it, hence the player's switch.

#include "Result.h"

#include <QString>

namespace cr {

constexpr int kDefaultCustomerChannel = 0; // left / first channel

// Writes channel `channel` (0-based) of `sourcePath` as a mono 16-bit WAV at
// `outPath` (through a temporary name, so a player never opens half a file).
// An existing non-empty `outPath` is taken as already written. Refuses a
// channel the file does not have.
Status writeChannelWav(const QString& sourcePath, int channel, const QString& outPath);

} // namespace cr
