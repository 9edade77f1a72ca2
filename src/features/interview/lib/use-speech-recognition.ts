import { useCallback, useEffect, useRef, useState } from 'react'
import { getRecognitionConstructor, RECOGNITION_ERRORS, type Recognition } from './speech'

/**
 * Live transcription with SpeechRecognition. `onText` receives the transcript appended to `baseText`
 * (what was already in the answer box when listening started), so the user can edit before submitting.
 */
export function useSpeechRecognition(onText: (text: string) => void, onSpeakingSeconds: (seconds: number) => void) {
  const supported = getRecognitionConstructor() !== null
  const [listening, setListening] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [elapsed, setElapsed] = useState(0)
  const recognitionRef = useRef<Recognition | null>(null)
  const startedAtRef = useRef<number>(0)
  const baseSecondsRef = useRef(0)
  const onTextRef = useRef(onText)
  const onSecondsRef = useRef(onSpeakingSeconds)
  onTextRef.current = onText
  onSecondsRef.current = onSpeakingSeconds

  const stop = useCallback(() => {
    recognitionRef.current?.stop()
  }, [])

  const start = useCallback(
    (baseText: string, baseSeconds: number) => {
      const Constructor = getRecognitionConstructor()
      if (!Constructor || recognitionRef.current) return
      setError(null)
      const recognition = new Constructor()
      recognition.continuous = true
      recognition.interimResults = true
      recognition.lang = document.documentElement.lang || 'en-US'
      const prefix = baseText.trim() ? `${baseText.trim()} ` : ''
      const finals: string[] = []
      recognition.onresult = (event) => {
        let interim = ''
        for (let i = event.resultIndex; i < event.results.length; i += 1) {
          const result = event.results[i]!
          if (result.isFinal) finals[i] = result[0].transcript.trim()
          else interim += result[0].transcript
        }
        onTextRef.current(`${prefix}${finals.filter(Boolean).join(' ')}${interim ? ` ${interim.trim()}` : ''}`.trim())
      }
      recognition.onerror = (event) => setError(RECOGNITION_ERRORS[event.error] ?? 'Speech recognition stopped unexpectedly. You can type instead.')
      recognition.onend = () => {
        recognitionRef.current = null
        setListening(false)
        const seconds = baseSecondsRef.current + (Date.now() - startedAtRef.current) / 1000
        onSecondsRef.current(Math.round(seconds * 10) / 10)
      }
      recognitionRef.current = recognition
      baseSecondsRef.current = baseSeconds
      startedAtRef.current = Date.now()
      setElapsed(baseSeconds)
      try {
        recognition.start()
        setListening(true)
      } catch {
        recognitionRef.current = null
        setError('Speech recognition could not start. You can type instead.')
      }
    },
    [],
  )

  useEffect(() => {
    if (!listening) return
    const timer = window.setInterval(() => {
      setElapsed(baseSecondsRef.current + (Date.now() - startedAtRef.current) / 1000)
    }, 500)
    return () => window.clearInterval(timer)
  }, [listening])

  useEffect(() => () => recognitionRef.current?.abort(), [])

  return { supported, listening, error, elapsed, start, stop }
}
