
export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  
  "public": {
          Tables: {
            "achievements": {
                  Row: {
                    "description": string,"icon": string | null,"key": string,"sort_order": number,"title": string
                  }
                  ComputedFields: never
                  Insert: {
                    "description": string,"icon"?: string | null,"key": string,"sort_order"?: number,"title": string
                  }
                  Update: {
                    "description"?: string,"icon"?: string | null,"key"?: string,"sort_order"?: number,"title"?: string
                  }
                  Relationships: [
                    
                  ]
                },"admin_audit_log": {
                  Row: {
                    "action": string,"admin_id": string | null,"created_at": string,"details": NonNullable<Json>,"id": number,"target_id": string | null,"target_user_id": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "action": string,"admin_id"?: string | null,"created_at"?: string,"details"?: NonNullable<Json>,"id"?: never,"target_id"?: string | null,"target_user_id"?: string | null
                  }
                  Update: {
                    "action"?: string,"admin_id"?: string | null,"created_at"?: string,"details"?: NonNullable<Json>,"id"?: never,"target_id"?: string | null,"target_user_id"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "admin_audit_log_admin_id_fkey"
      columns: ["admin_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "admin_audit_log_target_user_id_fkey"
      columns: ["target_user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"ai_usage_events": {
                  Row: {
                    "attempt": number,"chat_session_id": string | null,"cost_usd": number,"created_at": string,"error_message": string | null,"error_type": string | null,"fallback_from": string | null,"fallback_used": boolean,"id": string,"input_tokens": number,"interview_id": string | null,"latency_ms": number,"metadata": NonNullable<Json>,"model": string | null,"operation": string,"output_tokens": number,"provider": string,"response_id": string | null,"success": boolean,"total_tokens": number | null,"user_id": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "attempt"?: number,"chat_session_id"?: string | null,"cost_usd"?: number,"created_at"?: string,"error_message"?: string | null,"error_type"?: string | null,"fallback_from"?: string | null,"fallback_used"?: boolean,"id"?: string,"input_tokens"?: number,"interview_id"?: string | null,"latency_ms"?: number,"metadata"?: NonNullable<Json>,"model"?: string | null,"operation": string,"output_tokens"?: number,"provider": string,"response_id"?: string | null,"success"?: boolean,"total_tokens"?: never,"user_id"?: string | null
                  }
                  Update: {
                    "attempt"?: number,"chat_session_id"?: string | null,"cost_usd"?: number,"created_at"?: string,"error_message"?: string | null,"error_type"?: string | null,"fallback_from"?: string | null,"fallback_used"?: boolean,"id"?: string,"input_tokens"?: number,"interview_id"?: string | null,"latency_ms"?: number,"metadata"?: NonNullable<Json>,"model"?: string | null,"operation"?: string,"output_tokens"?: number,"provider"?: string,"response_id"?: string | null,"success"?: boolean,"total_tokens"?: never,"user_id"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "ai_usage_events_chat_session_id_fkey"
      columns: ["chat_session_id"]
isOneToOne: false
      referencedRelation: "chat_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "ai_usage_events_interview_id_fkey"
      columns: ["interview_id"]
isOneToOne: false
      referencedRelation: "interview_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "ai_usage_events_response_id_fkey"
      columns: ["response_id"]
isOneToOne: false
      referencedRelation: "interview_responses"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "ai_usage_events_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"billing_information": {
                  Row: {
                    "billing_address": Json | null,"card_brand": string | null,"card_exp_month": number | null,"card_exp_year": number | null,"card_last4": string | null,"created_at": string,"default_payment_method_id": string | null,"email": string | null,"name": string | null,"phone": string | null,"stripe_customer_id": string,"tax_ids": NonNullable<Json>,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "billing_address"?: Json | null,"card_brand"?: string | null,"card_exp_month"?: number | null,"card_exp_year"?: number | null,"card_last4"?: string | null,"created_at"?: string,"default_payment_method_id"?: string | null,"email"?: string | null,"name"?: string | null,"phone"?: string | null,"stripe_customer_id": string,"tax_ids"?: NonNullable<Json>,"updated_at"?: string,"user_id": string
                  }
                  Update: {
                    "billing_address"?: Json | null,"card_brand"?: string | null,"card_exp_month"?: number | null,"card_exp_year"?: number | null,"card_last4"?: string | null,"created_at"?: string,"default_payment_method_id"?: string | null,"email"?: string | null,"name"?: string | null,"phone"?: string | null,"stripe_customer_id"?: string,"tax_ids"?: NonNullable<Json>,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "billing_information_user_id_fkey"
      columns: ["user_id"]
isOneToOne: true
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"chat_messages": {
                  Row: {
                    "attachments": NonNullable<Json>,"chat_session_id": string,"content": string,"cost_usd": number | null,"created_at": string,"feedback_comment": string | null,"feedback_submitted_at": string | null,"helpful": boolean | null,"id": string,"input_tokens": number | null,"model": string | null,"output_tokens": number | null,"provider": string | null,"rating": number | null,"response_time_ms": number | null,"role": string,"total_tokens": number | null,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "attachments"?: NonNullable<Json>,"chat_session_id": string,"content": string,"cost_usd"?: number | null,"created_at"?: string,"feedback_comment"?: string | null,"feedback_submitted_at"?: string | null,"helpful"?: boolean | null,"id"?: string,"input_tokens"?: number | null,"model"?: string | null,"output_tokens"?: number | null,"provider"?: string | null,"rating"?: number | null,"response_time_ms"?: number | null,"role"?: string,"total_tokens"?: never,"user_id"?: string
                  }
                  Update: {
                    "attachments"?: NonNullable<Json>,"chat_session_id"?: string,"content"?: string,"cost_usd"?: number | null,"created_at"?: string,"feedback_comment"?: string | null,"feedback_submitted_at"?: string | null,"helpful"?: boolean | null,"id"?: string,"input_tokens"?: number | null,"model"?: string | null,"output_tokens"?: number | null,"provider"?: string | null,"rating"?: number | null,"response_time_ms"?: number | null,"role"?: string,"total_tokens"?: never,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "chat_messages_chat_session_id_fkey"
      columns: ["chat_session_id"]
isOneToOne: false
      referencedRelation: "chat_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "chat_messages_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"chat_sessions": {
                  Row: {
                    "average_response_time_ms": number | null,"created_at": string,"id": string,"is_active": boolean,"last_message_at": string | null,"message_count": number,"model": string | null,"provider": string | null,"title": string,"total_cost_usd": number,"total_tokens": number,"updated_at": string,"user_id": string,"user_satisfaction": number | null
                  }
                  ComputedFields: never
                  Insert: {
                    "average_response_time_ms"?: number | null,"created_at"?: string,"id"?: string,"is_active"?: boolean,"last_message_at"?: string | null,"message_count"?: number,"model"?: string | null,"provider"?: string | null,"title"?: string,"total_cost_usd"?: number,"total_tokens"?: number,"updated_at"?: string,"user_id"?: string,"user_satisfaction"?: number | null
                  }
                  Update: {
                    "average_response_time_ms"?: number | null,"created_at"?: string,"id"?: string,"is_active"?: boolean,"last_message_at"?: string | null,"message_count"?: number,"model"?: string | null,"provider"?: string | null,"title"?: string,"total_cost_usd"?: number,"total_tokens"?: number,"updated_at"?: string,"user_id"?: string,"user_satisfaction"?: number | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "chat_sessions_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"interview_messages": {
                  Row: {
                    "content": string,"created_at": string,"id": string,"interview_id": string,"is_follow_up": boolean,"is_question": boolean,"message_index": number,"metadata": NonNullable<Json>,"question_id": string | null,"role": string,"sent_at": string,"speaking_duration_seconds": number | null,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "content": string,"created_at"?: string,"id"?: string,"interview_id": string,"is_follow_up"?: boolean,"is_question"?: boolean,"message_index": number,"metadata"?: NonNullable<Json>,"question_id"?: string | null,"role"?: string,"sent_at"?: string,"speaking_duration_seconds"?: number | null,"user_id"?: string
                  }
                  Update: {
                    "content"?: string,"created_at"?: string,"id"?: string,"interview_id"?: string,"is_follow_up"?: boolean,"is_question"?: boolean,"message_index"?: number,"metadata"?: NonNullable<Json>,"question_id"?: string | null,"role"?: string,"sent_at"?: string,"speaking_duration_seconds"?: number | null,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "interview_messages_interview_id_fkey"
      columns: ["interview_id"]
isOneToOne: false
      referencedRelation: "interview_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "interview_messages_question_id_fkey"
      columns: ["question_id"]
isOneToOne: false
      referencedRelation: "interview_questions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "interview_messages_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"interview_questions": {
                  Row: {
                    "asked_at": string | null,"bank_question_id": string | null,"created_at": string,"difficulty": string,"evaluation_criteria": NonNullable<Json>,"expected_answer": string | null,"function_name": string | null,"id": string,"interview_id": string,"is_follow_up": boolean,"key_points": (string)[],"order_number": number,"parent_question_id": string | null,"question_text": string,"question_type": string,"sample_code": string | null,"skill_category": string,"skills": (string)[],"source": string,"starter_code": string | null,"test_cases": NonNullable<Json>,"time_limit_seconds": number | null,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "asked_at"?: string | null,"bank_question_id"?: string | null,"created_at"?: string,"difficulty": string,"evaluation_criteria"?: NonNullable<Json>,"expected_answer"?: string | null,"function_name"?: string | null,"id"?: string,"interview_id": string,"is_follow_up"?: boolean,"key_points"?: (string)[],"order_number": number,"parent_question_id"?: string | null,"question_text": string,"question_type": string,"sample_code"?: string | null,"skill_category"?: string,"skills"?: (string)[],"source"?: string,"starter_code"?: string | null,"test_cases"?: NonNullable<Json>,"time_limit_seconds"?: number | null,"user_id": string
                  }
                  Update: {
                    "asked_at"?: string | null,"bank_question_id"?: string | null,"created_at"?: string,"difficulty"?: string,"evaluation_criteria"?: NonNullable<Json>,"expected_answer"?: string | null,"function_name"?: string | null,"id"?: string,"interview_id"?: string,"is_follow_up"?: boolean,"key_points"?: (string)[],"order_number"?: number,"parent_question_id"?: string | null,"question_text"?: string,"question_type"?: string,"sample_code"?: string | null,"skill_category"?: string,"skills"?: (string)[],"source"?: string,"starter_code"?: string | null,"test_cases"?: NonNullable<Json>,"time_limit_seconds"?: number | null,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "interview_questions_bank_question_id_fkey"
      columns: ["bank_question_id"]
isOneToOne: false
      referencedRelation: "question_bank"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "interview_questions_interview_id_fkey"
      columns: ["interview_id"]
isOneToOne: false
      referencedRelation: "interview_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "interview_questions_parent_question_id_fkey"
      columns: ["parent_question_id"]
isOneToOne: false
      referencedRelation: "interview_questions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "interview_questions_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"interview_reports": {
                  Row: {
                    "average_response_time_seconds": number | null,"behavioral_score": number | null,"communication_score": number | null,"confidence": number | null,"consistency": number | null,"created_at": string,"generated_at": string,"id": string,"interview_id": string,"overall_score": number | null,"recommendations": (string)[],"report_type": string,"skill_scores": NonNullable<Json>,"statistics": NonNullable<Json>,"strengths": (string)[],"summary": string | null,"technical_score": number | null,"updated_at": string,"user_id": string,"weaknesses": (string)[]
                  }
                  ComputedFields: never
                  Insert: {
                    "average_response_time_seconds"?: number | null,"behavioral_score"?: number | null,"communication_score"?: number | null,"confidence"?: number | null,"consistency"?: number | null,"created_at"?: string,"generated_at"?: string,"id"?: string,"interview_id": string,"overall_score"?: number | null,"recommendations"?: (string)[],"report_type"?: string,"skill_scores"?: NonNullable<Json>,"statistics"?: NonNullable<Json>,"strengths"?: (string)[],"summary"?: string | null,"technical_score"?: number | null,"updated_at"?: string,"user_id": string,"weaknesses"?: (string)[]
                  }
                  Update: {
                    "average_response_time_seconds"?: number | null,"behavioral_score"?: number | null,"communication_score"?: number | null,"confidence"?: number | null,"consistency"?: number | null,"created_at"?: string,"generated_at"?: string,"id"?: string,"interview_id"?: string,"overall_score"?: number | null,"recommendations"?: (string)[],"report_type"?: string,"skill_scores"?: NonNullable<Json>,"statistics"?: NonNullable<Json>,"strengths"?: (string)[],"summary"?: string | null,"technical_score"?: number | null,"updated_at"?: string,"user_id"?: string,"weaknesses"?: (string)[]
                  }
                  Relationships: [
                    {
      foreignKeyName: "interview_reports_interview_id_fkey"
      columns: ["interview_id"]
isOneToOne: false
      referencedRelation: "interview_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "interview_reports_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"interview_responses": {
                  Row: {
                    "ai_feedback": string | null,"ai_model": string | null,"ai_provider": string | null,"answer_text": string | null,"audio_path": string | null,"client_test_results": Json | null,"code_answer": string | null,"code_language": string | null,"created_at": string,"delivery_metrics": Json | null,"dimension_scores": Json | null,"evaluated_at": string | null,"id": string,"improved_answer": string | null,"interview_id": string,"missed_key_points": (string)[],"question_id": string,"rubric": Json | null,"score": number | null,"scoring_started_at": string | null,"speaking_duration_seconds": number | null,"strengths": (string)[],"submitted_at": string,"test_results": Json | null,"time_taken_seconds": number | null,"transcript": string | null,"updated_at": string,"user_id": string,"weaknesses": (string)[]
                  }
                  ComputedFields: never
                  Insert: {
                    "ai_feedback"?: string | null,"ai_model"?: string | null,"ai_provider"?: string | null,"answer_text"?: string | null,"audio_path"?: string | null,"client_test_results"?: Json | null,"code_answer"?: string | null,"code_language"?: string | null,"created_at"?: string,"delivery_metrics"?: Json | null,"dimension_scores"?: Json | null,"evaluated_at"?: string | null,"id"?: string,"improved_answer"?: string | null,"interview_id": string,"missed_key_points"?: (string)[],"question_id": string,"rubric"?: Json | null,"score"?: number | null,"scoring_started_at"?: string | null,"speaking_duration_seconds"?: number | null,"strengths"?: (string)[],"submitted_at"?: string,"test_results"?: Json | null,"time_taken_seconds"?: number | null,"transcript"?: string | null,"updated_at"?: string,"user_id"?: string,"weaknesses"?: (string)[]
                  }
                  Update: {
                    "ai_feedback"?: string | null,"ai_model"?: string | null,"ai_provider"?: string | null,"answer_text"?: string | null,"audio_path"?: string | null,"client_test_results"?: Json | null,"code_answer"?: string | null,"code_language"?: string | null,"created_at"?: string,"delivery_metrics"?: Json | null,"dimension_scores"?: Json | null,"evaluated_at"?: string | null,"id"?: string,"improved_answer"?: string | null,"interview_id"?: string,"missed_key_points"?: (string)[],"question_id"?: string,"rubric"?: Json | null,"score"?: number | null,"scoring_started_at"?: string | null,"speaking_duration_seconds"?: number | null,"strengths"?: (string)[],"submitted_at"?: string,"test_results"?: Json | null,"time_taken_seconds"?: number | null,"transcript"?: string | null,"updated_at"?: string,"user_id"?: string,"weaknesses"?: (string)[]
                  }
                  Relationships: [
                    {
      foreignKeyName: "interview_responses_interview_id_fkey"
      columns: ["interview_id"]
isOneToOne: false
      referencedRelation: "interview_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "interview_responses_question_id_fkey"
      columns: ["question_id"]
isOneToOne: false
      referencedRelation: "interview_questions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "interview_responses_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"interview_sessions": {
                  Row: {
                    "ai_cost_usd": number,"ai_fallback_used": boolean,"ai_processing_ms": number,"ai_provider": string | null,"company": string | null,"completed_at": string | null,"created_at": string,"custom_role": string | null,"difficulty": string,"duration_minutes": number | null,"duration_seconds": number,"email": string,"ended_at": string | null,"feedback": Json | null,"id": string,"interaction_mode": string,"interview_type": string,"job_description_filename": string | null,"job_description_text": string | null,"job_role": string,"questions_answered": number,"resume_filename": string | null,"resume_text": string | null,"score": number | null,"session_id": string,"started_at": string | null,"statistics": NonNullable<Json>,"status": string,"tech_stack": (string)[],"title": string,"total_questions": number,"updated_at": string,"used_bonus_interview": boolean,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "ai_cost_usd"?: number,"ai_fallback_used"?: boolean,"ai_processing_ms"?: number,"ai_provider"?: string | null,"company"?: string | null,"completed_at"?: string | null,"created_at"?: string,"custom_role"?: string | null,"difficulty"?: string,"duration_minutes"?: never,"duration_seconds"?: number,"email": string,"ended_at"?: string | null,"feedback"?: Json | null,"id"?: string,"interaction_mode"?: string,"interview_type"?: string,"job_description_filename"?: string | null,"job_description_text"?: string | null,"job_role": string,"questions_answered"?: number,"resume_filename"?: string | null,"resume_text"?: string | null,"score"?: number | null,"session_id"?: string,"started_at"?: string | null,"statistics"?: NonNullable<Json>,"status"?: string,"tech_stack"?: (string)[],"title": string,"total_questions"?: number,"updated_at"?: string,"used_bonus_interview"?: boolean,"user_id": string
                  }
                  Update: {
                    "ai_cost_usd"?: number,"ai_fallback_used"?: boolean,"ai_processing_ms"?: number,"ai_provider"?: string | null,"company"?: string | null,"completed_at"?: string | null,"created_at"?: string,"custom_role"?: string | null,"difficulty"?: string,"duration_minutes"?: never,"duration_seconds"?: number,"email"?: string,"ended_at"?: string | null,"feedback"?: Json | null,"id"?: string,"interaction_mode"?: string,"interview_type"?: string,"job_description_filename"?: string | null,"job_description_text"?: string | null,"job_role"?: string,"questions_answered"?: number,"resume_filename"?: string | null,"resume_text"?: string | null,"score"?: number | null,"session_id"?: string,"started_at"?: string | null,"statistics"?: NonNullable<Json>,"status"?: string,"tech_stack"?: (string)[],"title"?: string,"total_questions"?: number,"updated_at"?: string,"used_bonus_interview"?: boolean,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "interview_sessions_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"learning_resources": {
                  Row: {
                    "created_at": string,"description": string | null,"id": string,"is_active": boolean,"priority": number,"resource_type": string,"skill": string,"title": string,"updated_at": string,"url": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"description"?: string | null,"id"?: string,"is_active"?: boolean,"priority"?: number,"resource_type": string,"skill": string,"title": string,"updated_at"?: string,"url": string
                  }
                  Update: {
                    "created_at"?: string,"description"?: string | null,"id"?: string,"is_active"?: boolean,"priority"?: number,"resource_type"?: string,"skill"?: string,"title"?: string,"updated_at"?: string,"url"?: string
                  }
                  Relationships: [
                    
                  ]
                },"payment_history": {
                  Row: {
                    "amount_cents": number,"amount_refunded_cents": number,"card_brand": string | null,"card_last4": string | null,"created_at": string,"currency": string,"description": string | null,"failure_code": string | null,"failure_message": string | null,"id": string,"invoice_number": string | null,"invoice_pdf_url": string | null,"invoice_url": string | null,"paid_at": string | null,"period_end": string | null,"period_start": string | null,"receipt_url": string | null,"status": string,"stripe_charge_id": string | null,"stripe_created_at": string | null,"stripe_customer_id": string | null,"stripe_invoice_id": string | null,"stripe_payment_intent_id": string | null,"subscription_id": string | null,"updated_at": string,"user_id": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "amount_cents": number,"amount_refunded_cents"?: number,"card_brand"?: string | null,"card_last4"?: string | null,"created_at"?: string,"currency"?: string,"description"?: string | null,"failure_code"?: string | null,"failure_message"?: string | null,"id"?: string,"invoice_number"?: string | null,"invoice_pdf_url"?: string | null,"invoice_url"?: string | null,"paid_at"?: string | null,"period_end"?: string | null,"period_start"?: string | null,"receipt_url"?: string | null,"status": string,"stripe_charge_id"?: string | null,"stripe_created_at"?: string | null,"stripe_customer_id"?: string | null,"stripe_invoice_id"?: string | null,"stripe_payment_intent_id"?: string | null,"subscription_id"?: string | null,"updated_at"?: string,"user_id"?: string | null
                  }
                  Update: {
                    "amount_cents"?: number,"amount_refunded_cents"?: number,"card_brand"?: string | null,"card_last4"?: string | null,"created_at"?: string,"currency"?: string,"description"?: string | null,"failure_code"?: string | null,"failure_message"?: string | null,"id"?: string,"invoice_number"?: string | null,"invoice_pdf_url"?: string | null,"invoice_url"?: string | null,"paid_at"?: string | null,"period_end"?: string | null,"period_start"?: string | null,"receipt_url"?: string | null,"status"?: string,"stripe_charge_id"?: string | null,"stripe_created_at"?: string | null,"stripe_customer_id"?: string | null,"stripe_invoice_id"?: string | null,"stripe_payment_intent_id"?: string | null,"subscription_id"?: string | null,"updated_at"?: string,"user_id"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "payment_history_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"plans": {
                  Row: {
                    "billing_interval": string | null,"created_at": string,"currency": string,"description": string | null,"features": NonNullable<Json>,"id": string,"interviews_per_month": number | null,"is_active": boolean,"name": string,"past_due_grace_days": number,"price_cents": number,"sort_order": number,"stripe_price_id": string | null,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "billing_interval"?: string | null,"created_at"?: string,"currency"?: string,"description"?: string | null,"features"?: NonNullable<Json>,"id": string,"interviews_per_month"?: number | null,"is_active"?: boolean,"name": string,"past_due_grace_days"?: number,"price_cents"?: number,"sort_order"?: number,"stripe_price_id"?: string | null,"updated_at"?: string
                  }
                  Update: {
                    "billing_interval"?: string | null,"created_at"?: string,"currency"?: string,"description"?: string | null,"features"?: NonNullable<Json>,"id"?: string,"interviews_per_month"?: number | null,"is_active"?: boolean,"name"?: string,"past_due_grace_days"?: number,"price_cents"?: number,"sort_order"?: number,"stripe_price_id"?: string | null,"updated_at"?: string
                  }
                  Relationships: [
                    
                  ]
                },"practice_attempts": {
                  Row: {
                    "ai_provider": string | null,"answer_text": string | null,"bank_question_id": string,"code_answer": string | null,"created_at": string,"evaluated_at": string | null,"evaluation": Json | null,"id": string,"score": number | null,"time_taken_seconds": number | null,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "ai_provider"?: string | null,"answer_text"?: string | null,"bank_question_id": string,"code_answer"?: string | null,"created_at"?: string,"evaluated_at"?: string | null,"evaluation"?: Json | null,"id"?: string,"score"?: number | null,"time_taken_seconds"?: number | null,"user_id"?: string
                  }
                  Update: {
                    "ai_provider"?: string | null,"answer_text"?: string | null,"bank_question_id"?: string,"code_answer"?: string | null,"created_at"?: string,"evaluated_at"?: string | null,"evaluation"?: Json | null,"id"?: string,"score"?: number | null,"time_taken_seconds"?: number | null,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "practice_attempts_bank_question_id_fkey"
      columns: ["bank_question_id"]
isOneToOne: false
      referencedRelation: "question_bank"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "practice_attempts_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"question_bank": {
                  Row: {
                    "average_score": number | null,"average_time_seconds": number | null,"category": string,"created_at": string,"created_by": string | null,"difficulty": string,"evaluation_criteria": Json | null,"expected_answer": string | null,"function_name": string | null,"id": string,"is_active": boolean,"key_points": (string)[] | null,"question": string,"roles": (string)[] | null,"sample_code": string | null,"score_sum": number,"skills": (string)[] | null,"starter_code": string | null,"success_count": number,"success_rate": number | null,"tags": (string)[] | null,"tech_stack": (string)[] | null,"test_cases": Json | null,"time_limit_seconds": number | null,"time_sum": number,"timed_answers": number,"times_answered": number,"times_used": number,"type": string,"updated_at": string,"variants": Json | null
                  }
                  ComputedFields: never
                  Insert: {
                    "average_score"?: number | null,"average_time_seconds"?: number | null,"category"?: string,"created_at"?: string,"created_by"?: string | null,"difficulty": string,"evaluation_criteria"?: Json | null,"expected_answer"?: string | null,"function_name"?: string | null,"id"?: string,"is_active"?: boolean,"key_points"?: (string)[] | null,"question": string,"roles"?: (string)[] | null,"sample_code"?: string | null,"score_sum"?: number,"skills"?: (string)[] | null,"starter_code"?: string | null,"success_count"?: number,"success_rate"?: number | null,"tags"?: (string)[] | null,"tech_stack"?: (string)[] | null,"test_cases"?: Json | null,"time_limit_seconds"?: number | null,"time_sum"?: number,"timed_answers"?: number,"times_answered"?: number,"times_used"?: number,"type": string,"updated_at"?: string,"variants"?: Json | null
                  }
                  Update: {
                    "average_score"?: number | null,"average_time_seconds"?: number | null,"category"?: string,"created_at"?: string,"created_by"?: string | null,"difficulty"?: string,"evaluation_criteria"?: Json | null,"expected_answer"?: string | null,"function_name"?: string | null,"id"?: string,"is_active"?: boolean,"key_points"?: (string)[] | null,"question"?: string,"roles"?: (string)[] | null,"sample_code"?: string | null,"score_sum"?: number,"skills"?: (string)[] | null,"starter_code"?: string | null,"success_count"?: number,"success_rate"?: number | null,"tags"?: (string)[] | null,"tech_stack"?: (string)[] | null,"test_cases"?: Json | null,"time_limit_seconds"?: number | null,"time_sum"?: number,"timed_answers"?: number,"times_answered"?: number,"times_used"?: number,"type"?: string,"updated_at"?: string,"variants"?: Json | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "question_bank_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"referrals": {
                  Row: {
                    "converted_at": string | null,"created_at": string,"id": string,"referral_code": string,"referred_user_id": string | null,"referrer_id": string,"reward_amount": number | null,"reward_reference": string | null,"reward_type": string | null,"rewarded_at": string | null,"signed_up_at": string,"status": string,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "converted_at"?: string | null,"created_at"?: string,"id"?: string,"referral_code": string,"referred_user_id"?: string | null,"referrer_id": string,"reward_amount"?: number | null,"reward_reference"?: string | null,"reward_type"?: string | null,"rewarded_at"?: string | null,"signed_up_at"?: string,"status"?: string,"updated_at"?: string
                  }
                  Update: {
                    "converted_at"?: string | null,"created_at"?: string,"id"?: string,"referral_code"?: string,"referred_user_id"?: string | null,"referrer_id"?: string,"reward_amount"?: number | null,"reward_reference"?: string | null,"reward_type"?: string | null,"rewarded_at"?: string | null,"signed_up_at"?: string,"status"?: string,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "referrals_referred_user_id_fkey"
      columns: ["referred_user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "referrals_referrer_id_fkey"
      columns: ["referrer_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"report_shares": {
                  Row: {
                    "created_at": string,"expires_at": string | null,"id": string,"include_answers": boolean,"interview_id": string,"last_viewed_at": string | null,"revoked_at": string | null,"token": string,"user_id": string,"view_count": number
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"expires_at"?: string | null,"id"?: string,"include_answers"?: boolean,"interview_id": string,"last_viewed_at"?: string | null,"revoked_at"?: string | null,"token"?: string,"user_id"?: string,"view_count"?: number
                  }
                  Update: {
                    "created_at"?: string,"expires_at"?: string | null,"id"?: string,"include_answers"?: boolean,"interview_id"?: string,"last_viewed_at"?: string | null,"revoked_at"?: string | null,"token"?: string,"user_id"?: string,"view_count"?: number
                  }
                  Relationships: [
                    {
      foreignKeyName: "report_shares_interview_id_fkey"
      columns: ["interview_id"]
isOneToOne: false
      referencedRelation: "interview_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "report_shares_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"skill_gap_resources": {
                  Row: {
                    "created_at": string,"priority": number,"resource_id": string,"skill_gap_id": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"priority"?: number,"resource_id": string,"skill_gap_id": string,"user_id": string
                  }
                  Update: {
                    "created_at"?: string,"priority"?: number,"resource_id"?: string,"skill_gap_id"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "skill_gap_resources_resource_id_fkey"
      columns: ["resource_id"]
isOneToOne: false
      referencedRelation: "learning_resources"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "skill_gap_resources_skill_gap_id_fkey"
      columns: ["skill_gap_id"]
isOneToOne: false
      referencedRelation: "skill_gaps"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "skill_gap_resources_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"skill_gaps": {
                  Row: {
                    "created_at": string,"gap_score": number,"id": string,"identified_at": string,"interview_id": string | null,"proficiency_level": string,"recommendation": string | null,"skill_name": string,"skill_score": number | null,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"gap_score": number,"id"?: string,"identified_at"?: string,"interview_id"?: string | null,"proficiency_level": string,"recommendation"?: string | null,"skill_name": string,"skill_score"?: number | null,"user_id": string
                  }
                  Update: {
                    "created_at"?: string,"gap_score"?: number,"id"?: string,"identified_at"?: string,"interview_id"?: string | null,"proficiency_level"?: string,"recommendation"?: string | null,"skill_name"?: string,"skill_score"?: number | null,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "skill_gaps_interview_id_fkey"
      columns: ["interview_id"]
isOneToOne: false
      referencedRelation: "interview_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "skill_gaps_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"subscriptions": {
                  Row: {
                    "cancel_at": string | null,"cancel_at_period_end": boolean,"canceled_at": string | null,"created_at": string,"current_period_end": string | null,"current_period_start": string | null,"ended_at": string | null,"id": string,"last_event_at": string | null,"metadata": NonNullable<Json>,"past_due_since": string | null,"plan_id": string,"quantity": number,"status": string,"stripe_created_at": string | null,"stripe_customer_id": string,"stripe_price_id": string | null,"trial_end": string | null,"trial_start": string | null,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "cancel_at"?: string | null,"cancel_at_period_end"?: boolean,"canceled_at"?: string | null,"created_at"?: string,"current_period_end"?: string | null,"current_period_start"?: string | null,"ended_at"?: string | null,"id": string,"last_event_at"?: string | null,"metadata"?: NonNullable<Json>,"past_due_since"?: string | null,"plan_id": string,"quantity"?: number,"status": string,"stripe_created_at"?: string | null,"stripe_customer_id": string,"stripe_price_id"?: string | null,"trial_end"?: string | null,"trial_start"?: string | null,"updated_at"?: string,"user_id": string
                  }
                  Update: {
                    "cancel_at"?: string | null,"cancel_at_period_end"?: boolean,"canceled_at"?: string | null,"created_at"?: string,"current_period_end"?: string | null,"current_period_start"?: string | null,"ended_at"?: string | null,"id"?: string,"last_event_at"?: string | null,"metadata"?: NonNullable<Json>,"past_due_since"?: string | null,"plan_id"?: string,"quantity"?: number,"status"?: string,"stripe_created_at"?: string | null,"stripe_customer_id"?: string,"stripe_price_id"?: string | null,"trial_end"?: string | null,"trial_start"?: string | null,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "subscriptions_plan_id_fkey"
      columns: ["plan_id"]
isOneToOne: false
      referencedRelation: "plans"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "subscriptions_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"user_achievements": {
                  Row: {
                    "achievement_key": string,"id": string,"interview_id": string | null,"metadata": NonNullable<Json>,"unlocked_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "achievement_key": string,"id"?: string,"interview_id"?: string | null,"metadata"?: NonNullable<Json>,"unlocked_at"?: string,"user_id": string
                  }
                  Update: {
                    "achievement_key"?: string,"id"?: string,"interview_id"?: string | null,"metadata"?: NonNullable<Json>,"unlocked_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "user_achievements_achievement_key_fkey"
      columns: ["achievement_key"]
isOneToOne: false
      referencedRelation: "achievements"
      referencedColumns: ["key"]
    },{
      foreignKeyName: "user_achievements_interview_id_fkey"
      columns: ["interview_id"]
isOneToOne: false
      referencedRelation: "interview_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "user_achievements_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"user_daily_activity": {
                  Row: {
                    "activity_date": string,"chat_messages": number,"created_at": string,"features_used": (string)[],"interviews_completed": number,"interviews_started": number,"logins": number,"practice_attempts": number,"questions_answered": number,"time_spent_seconds": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "activity_date": string,"chat_messages"?: number,"created_at"?: string,"features_used"?: (string)[],"interviews_completed"?: number,"interviews_started"?: number,"logins"?: number,"practice_attempts"?: number,"questions_answered"?: number,"time_spent_seconds"?: number,"updated_at"?: string,"user_id": string
                  }
                  Update: {
                    "activity_date"?: string,"chat_messages"?: number,"created_at"?: string,"features_used"?: (string)[],"interviews_completed"?: number,"interviews_started"?: number,"logins"?: number,"practice_attempts"?: number,"questions_answered"?: number,"time_spent_seconds"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "user_daily_activity_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"user_profiles": {
                  Row: {
                    "avatar_url": string | null,"average_score": number | null,"best_score": number | null,"bio": string | null,"bonus_interviews": number,"completed_interviews": number,"created_at": string,"current_streak_days": number,"email": string,"email_verified": boolean,"experience_level": string | null,"full_name": string | null,"id": string,"last_activity_at": string | null,"last_login_at": string | null,"location": string | null,"login_count": number,"longest_streak_days": number,"plan_features": NonNullable<Json>,"plan_id": string,"plan_interviews_per_month": number | null,"plan_name": string | null,"plan_valid_until": string | null,"preferences": NonNullable<Json>,"referral_code": string,"resume_filename": string | null,"resume_text": string | null,"resume_uploaded_at": string | null,"resume_url": string | null,"role": string,"skills": (string)[],"status": string,"total_chat_messages": number,"total_interviews": number,"total_practice_seconds": number,"updated_at": string,"username": string,"website": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "avatar_url"?: string | null,"average_score"?: number | null,"best_score"?: number | null,"bio"?: string | null,"bonus_interviews"?: number,"completed_interviews"?: number,"created_at"?: string,"current_streak_days"?: number,"email": string,"email_verified"?: boolean,"experience_level"?: string | null,"full_name"?: string | null,"id": string,"last_activity_at"?: string | null,"last_login_at"?: string | null,"location"?: string | null,"login_count"?: number,"longest_streak_days"?: number,"plan_features": NonNullable<Json>,"plan_id": string,"plan_interviews_per_month"?: number | null,"plan_name"?: string | null,"plan_valid_until"?: string | null,"preferences"?: NonNullable<Json>,"referral_code"?: string,"resume_filename"?: string | null,"resume_text"?: string | null,"resume_uploaded_at"?: string | null,"resume_url"?: string | null,"role"?: string,"skills"?: (string)[],"status"?: string,"total_chat_messages"?: number,"total_interviews"?: number,"total_practice_seconds"?: number,"updated_at"?: string,"username": string,"website"?: string | null
                  }
                  Update: {
                    "avatar_url"?: string | null,"average_score"?: number | null,"best_score"?: number | null,"bio"?: string | null,"bonus_interviews"?: number,"completed_interviews"?: number,"created_at"?: string,"current_streak_days"?: number,"email"?: string,"email_verified"?: boolean,"experience_level"?: string | null,"full_name"?: string | null,"id"?: string,"last_activity_at"?: string | null,"last_login_at"?: string | null,"location"?: string | null,"login_count"?: number,"longest_streak_days"?: number,"plan_features"?: NonNullable<Json>,"plan_id"?: string,"plan_interviews_per_month"?: number | null,"plan_name"?: string | null,"plan_valid_until"?: string | null,"preferences"?: NonNullable<Json>,"referral_code"?: string,"resume_filename"?: string | null,"resume_text"?: string | null,"resume_uploaded_at"?: string | null,"resume_url"?: string | null,"role"?: string,"skills"?: (string)[],"status"?: string,"total_chat_messages"?: number,"total_interviews"?: number,"total_practice_seconds"?: number,"updated_at"?: string,"username"?: string,"website"?: string | null
                  }
                  Relationships: [
                    
                  ]
                }
          }
          Views: {
            "user_skill_progress": {
                  Row: {
                    "generated_at": string,"improvement": number | null,"interview_id": string,"score": number | null,"skill": string | null,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                           "generated_at"?: string | null,"improvement"?: number | null,"interview_id"?: string | null,"score"?: number | null,"skill"?: string | null,"user_id"?: string | null
                         }
                        Update: {
                           "generated_at"?: string | null,"improvement"?: number | null,"interview_id"?: string | null,"score"?: number | null,"skill"?: string | null,"user_id"?: string | null
                         }
                        Relationships: [
                    {
      foreignKeyName: "interview_reports_interview_id_fkey"
      columns: ["interview_id"]
isOneToOne: false
      referencedRelation: "interview_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "interview_reports_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "user_profiles"
      referencedColumns: ["id"]
    }
                  ]
                }
          }
          Functions: {
            "abandon_interview":
{ Args: { "p_session_id": string }; Returns: {
              "ai_cost_usd": number,
"ai_fallback_used": boolean,
"ai_processing_ms": number,
"ai_provider": string | null,
"company": string | null,
"completed_at": string | null,
"created_at": string,
"custom_role": string | null,
"difficulty": string,
"duration_minutes": number | null,
"duration_seconds": number,
"email": string,
"ended_at": string | null,
"feedback": Json | null,
"id": string,
"interaction_mode": string,
"interview_type": string,
"job_description_filename": string | null,
"job_description_text": string | null,
"job_role": string,
"questions_answered": number,
"resume_filename": string | null,
"resume_text": string | null,
"score": number | null,
"session_id": string,
"started_at": string | null,
"statistics": NonNullable<Json>,
"status": string,
"tech_stack": (string)[],
"title": string,
"total_questions": number,
"updated_at": string,
"used_bonus_interview": boolean,
"user_id": string
            }
                          SetofOptions: {
        from: "*"
        to: "interview_sessions"
        isOneToOne: true
        isSetofReturn: false
      } },
"active_question_bank":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"active_question_bank_usage":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"admin_analytics_ai_providers":
{ Args: { "p_days"?: number }; Returns: {
              "average_latency_ms": number,"calls": number,"error_rate": number,"errors": number,"fallbacks": number,"p95_latency_ms": number,"provider": string,"total_cost_usd": number,"total_tokens": number
            }[]
                           },
"admin_analytics_average_score_by_role_difficulty":
{ Args: { "p_days"?: number }; Returns: {
              "average_score": number,"completed_sessions": number,"difficulty": string,"job_role": string
            }[]
                           },
"admin_analytics_average_score_by_status":
{ Args: Record<PropertyKey, never>; Returns: {
              "average_score": number,"max_score": number,"min_score": number,"session_count": number,"status": string
            }[]
                           },
"admin_analytics_churn":
{ Args: { "p_months"?: number }; Returns: {
              "active_at_start": number,"churn_rate": number,"churned": number,"month": string
            }[]
                           },
"admin_analytics_completion_rate":
{ Args: { "p_from"?: string,"p_to"?: string }; Returns: {
              "completed_sessions": number,"completion_rate": number,"total_sessions": number
            }[]
                           },
"admin_analytics_conversion":
{ Args: { "p_months"?: number }; Returns: {
              "cohort_month": string,"conversion_rate": number,"converted": number,"signups": number
            }[]
                           },
"admin_analytics_daily_active_users":
{ Args: { "p_days"?: number }; Returns: {
              "active_users": number,"day": string
            }[]
                           },
"admin_analytics_daily_metrics":
{ Args: { "p_days"?: number }; Returns: {
              "active_users": number,"ai_calls": number,"ai_cost_usd": number,"ai_errors": number,"average_score": number,"day": string,"interviews_completed": number,"interviews_started": number,"signups": number
            }[]
                           },
"admin_analytics_feature_usage":
{ Args: { "p_from"?: string,"p_to"?: string }; Returns: {
              "feature": string,"users": number,"uses": number
            }[]
                           },
"admin_analytics_interviews_per_day":
{ Args: { "p_days"?: number }; Returns: {
              "average_score": number,"completed": number,"day": string,"started": number
            }[]
                           },
"admin_analytics_mrr":
{ Args: Record<PropertyKey, never>; Returns: {
              "active_subscriptions": number,"mrr_cents": number,"plan_id": string
            }[]
                           },
"admin_analytics_question_calibration":
{ Args: { "p_min_answers"?: number }; Returns: {
              "average_score": number,"difficulty": string,"expected_max": number,"expected_min": number,"question": string,"question_id": string,"times_answered": number,"type": string,"verdict": string
            }[]
                           },
"admin_analytics_signups_per_day":
{ Args: { "p_days"?: number }; Returns: {
              "day": string,"signups": number
            }[]
                           },
"admin_analytics_user_interview_stats":
{ Args: { "p_limit"?: number,"p_offset"?: number }; Returns: {
              "average_score": number,"completed_interviews": number,"email": string,"total_interviews": number,"total_time_minutes": number,"user_id": string
            }[]
                           },
"admin_delete_user":
{ Args: { "p_user_id": string }; Returns: undefined
                           },
"admin_get_question":
{ Args: { "p_question_id": string }; Returns: {
              "average_score": number | null,
"average_time_seconds": number | null,
"category": string,
"created_at": string,
"created_by": string | null,
"difficulty": string,
"evaluation_criteria": Json | null,
"expected_answer": string | null,
"function_name": string | null,
"id": string,
"is_active": boolean,
"key_points": (string)[] | null,
"question": string,
"roles": (string)[] | null,
"sample_code": string | null,
"score_sum": number,
"skills": (string)[] | null,
"starter_code": string | null,
"success_count": number,
"success_rate": number | null,
"tags": (string)[] | null,
"tech_stack": (string)[] | null,
"test_cases": Json | null,
"time_limit_seconds": number | null,
"time_sum": number,
"timed_answers": number,
"times_answered": number,
"times_used": number,
"type": string,
"updated_at": string,
"variants": Json | null
            }[]
                          SetofOptions: {
        from: "*"
        to: "question_bank"
        isOneToOne: false
        isSetofReturn: true
      } },
"admin_list_jobs":
{ Args: Record<PropertyKey, never>; Returns: {
              "cron_scheduled": boolean,"description": string,"edge_function": string,"last_duration_ms": number,"last_finished_at": string,"last_message": string,"last_outcome": string,"last_started_at": string,"name": string,"next_run_at": string,"pg_cron_available": boolean,"schedule": string
            }[]
                           },
"admin_list_users":
{ Args: { "p_limit"?: number,"p_offset"?: number,"p_role"?: string,"p_search"?: string,"p_status"?: string }; Returns: {
              "average_score": number,"completed_interviews": number,"created_at": string,"email": string,"full_name": string,"id": string,"last_activity_at": string,"last_login_at": string,"plan_id": string,"role": string,"status": string,"subscription_status": string,"total_count": number,"total_interviews": number,"username": string
            }[]
                           },
"admin_refresh_analytics":
{ Args: Record<PropertyKey, never>; Returns: string
                           },
"admin_run_job":
{ Args: { "p_name": string }; Returns: Json
                           },
"admin_run_lifecycle":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"admin_save_question":
{ Args: { "p_question": Json,"p_question_id"?: string }; Returns: {
              "average_score": number | null,
"average_time_seconds": number | null,
"category": string,
"created_at": string,
"created_by": string | null,
"difficulty": string,
"evaluation_criteria": Json | null,
"expected_answer": string | null,
"function_name": string | null,
"id": string,
"is_active": boolean,
"key_points": (string)[] | null,
"question": string,
"roles": (string)[] | null,
"sample_code": string | null,
"score_sum": number,
"skills": (string)[] | null,
"starter_code": string | null,
"success_count": number,
"success_rate": number | null,
"tags": (string)[] | null,
"tech_stack": (string)[] | null,
"test_cases": Json | null,
"time_limit_seconds": number | null,
"time_sum": number,
"timed_answers": number,
"times_answered": number,
"times_used": number,
"type": string,
"updated_at": string,
"variants": Json | null
            }
                          SetofOptions: {
        from: "*"
        to: "question_bank"
        isOneToOne: true
        isSetofReturn: false
      } },
"admin_set_question_active":
{ Args: { "p_is_active": boolean,"p_question_id": string }; Returns: {
              "average_score": number | null,
"average_time_seconds": number | null,
"category": string,
"created_at": string,
"created_by": string | null,
"difficulty": string,
"evaluation_criteria": Json | null,
"expected_answer": string | null,
"function_name": string | null,
"id": string,
"is_active": boolean,
"key_points": (string)[] | null,
"question": string,
"roles": (string)[] | null,
"sample_code": string | null,
"score_sum": number,
"skills": (string)[] | null,
"starter_code": string | null,
"success_count": number,
"success_rate": number | null,
"tags": (string)[] | null,
"tech_stack": (string)[] | null,
"test_cases": Json | null,
"time_limit_seconds": number | null,
"time_sum": number,
"timed_answers": number,
"times_answered": number,
"times_used": number,
"type": string,
"updated_at": string,
"variants": Json | null
            }
                          SetofOptions: {
        from: "*"
        to: "question_bank"
        isOneToOne: true
        isSetofReturn: false
      } },
"admin_set_user_role":
{ Args: { "p_role": string,"p_user_id": string }; Returns: {
              "avatar_url": string | null,
"average_score": number | null,
"best_score": number | null,
"bio": string | null,
"bonus_interviews": number,
"completed_interviews": number,
"created_at": string,
"current_streak_days": number,
"email": string,
"email_verified": boolean,
"experience_level": string | null,
"full_name": string | null,
"id": string,
"last_activity_at": string | null,
"last_login_at": string | null,
"location": string | null,
"login_count": number,
"longest_streak_days": number,
"plan_features": NonNullable<Json>,
"plan_id": string,
"plan_interviews_per_month": number | null,
"plan_name": string | null,
"plan_valid_until": string | null,
"preferences": NonNullable<Json>,
"referral_code": string,
"resume_filename": string | null,
"resume_text": string | null,
"resume_uploaded_at": string | null,
"resume_url": string | null,
"role": string,
"skills": (string)[],
"status": string,
"total_chat_messages": number,
"total_interviews": number,
"total_practice_seconds": number,
"updated_at": string,
"username": string,
"website": string | null
            }
                          SetofOptions: {
        from: "*"
        to: "user_profiles"
        isOneToOne: true
        isSetofReturn: false
      } },
"admin_set_user_status":
{ Args: { "p_status": string,"p_user_id": string }; Returns: {
              "avatar_url": string | null,
"average_score": number | null,
"best_score": number | null,
"bio": string | null,
"bonus_interviews": number,
"completed_interviews": number,
"created_at": string,
"current_streak_days": number,
"email": string,
"email_verified": boolean,
"experience_level": string | null,
"full_name": string | null,
"id": string,
"last_activity_at": string | null,
"last_login_at": string | null,
"location": string | null,
"login_count": number,
"longest_streak_days": number,
"plan_features": NonNullable<Json>,
"plan_id": string,
"plan_interviews_per_month": number | null,
"plan_name": string | null,
"plan_valid_until": string | null,
"preferences": NonNullable<Json>,
"referral_code": string,
"resume_filename": string | null,
"resume_text": string | null,
"resume_uploaded_at": string | null,
"resume_url": string | null,
"role": string,
"skills": (string)[],
"status": string,
"total_chat_messages": number,
"total_interviews": number,
"total_practice_seconds": number,
"updated_at": string,
"username": string,
"website": string | null
            }
                          SetofOptions: {
        from: "*"
        to: "user_profiles"
        isOneToOne: true
        isSetofReturn: false
      } },
"admin_system_health":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"assert_aal2_if_enrolled":
{ Args: Record<PropertyKey, never>; Returns: undefined
                           },
"assert_account_active":
{ Args: { "p_user_id": string }; Returns: undefined
                           },
"begin_question_generation":
{ Args: { "p_rate_max"?: number,"p_rate_window_seconds"?: number,"p_session_id": string,"p_user_id": string }; Returns: Json
                           },
"cancel_interview":
{ Args: { "p_session_id": string }; Returns: {
              "ai_cost_usd": number,
"ai_fallback_used": boolean,
"ai_processing_ms": number,
"ai_provider": string | null,
"company": string | null,
"completed_at": string | null,
"created_at": string,
"custom_role": string | null,
"difficulty": string,
"duration_minutes": number | null,
"duration_seconds": number,
"email": string,
"ended_at": string | null,
"feedback": Json | null,
"id": string,
"interaction_mode": string,
"interview_type": string,
"job_description_filename": string | null,
"job_description_text": string | null,
"job_role": string,
"questions_answered": number,
"resume_filename": string | null,
"resume_text": string | null,
"score": number | null,
"session_id": string,
"started_at": string | null,
"statistics": NonNullable<Json>,
"status": string,
"tech_stack": (string)[],
"title": string,
"total_questions": number,
"updated_at": string,
"used_bonus_interview": boolean,
"user_id": string
            }
                          SetofOptions: {
        from: "*"
        to: "interview_sessions"
        isOneToOne: true
        isSetofReturn: false
      } },
"claim_interview_completion":
{ Args: { "p_rate_max"?: number,"p_rate_window_seconds"?: number,"p_session_id": string,"p_user_id": string }; Returns: Json
                           },
"claim_notifications":
{ Args: { "p_claim_seconds"?: number,"p_limit"?: number }; Returns: {
              "attempts": number,"dedupe_key": string,"id": number,"kind": string,"language": string,"payload": Json,"recipient": string
            }[]
                           },
"claim_referral":
{ Args: { "p_referral_code": string }; Returns: {
              "converted_at": string | null,
"created_at": string,
"id": string,
"referral_code": string,
"referred_user_id": string | null,
"referrer_id": string,
"reward_amount": number | null,
"reward_reference": string | null,
"reward_type": string | null,
"rewarded_at": string | null,
"signed_up_at": string,
"status": string,
"updated_at": string
            }
                          SetofOptions: {
        from: "*"
        to: "referrals"
        isOneToOne: true
        isSetofReturn: false
      } },
"claim_response_scoring":
{ Args: { "p_rate_max"?: number,"p_rate_window_seconds"?: number,"p_response_id": string,"p_user_id": string }; Returns: Json
                           },
"complete_interview":
{ Args: { "p_duration_seconds"?: number,"p_feedback"?: Json,"p_report"?: Json,"p_score": number,"p_session_id": string,"p_statistics"?: Json }; Returns: {
              "ai_cost_usd": number,
"ai_fallback_used": boolean,
"ai_processing_ms": number,
"ai_provider": string | null,
"company": string | null,
"completed_at": string | null,
"created_at": string,
"custom_role": string | null,
"difficulty": string,
"duration_minutes": number | null,
"duration_seconds": number,
"email": string,
"ended_at": string | null,
"feedback": Json | null,
"id": string,
"interaction_mode": string,
"interview_type": string,
"job_description_filename": string | null,
"job_description_text": string | null,
"job_role": string,
"questions_answered": number,
"resume_filename": string | null,
"resume_text": string | null,
"score": number | null,
"session_id": string,
"started_at": string | null,
"statistics": NonNullable<Json>,
"status": string,
"tech_stack": (string)[],
"title": string,
"total_questions": number,
"updated_at": string,
"used_bonus_interview": boolean,
"user_id": string
            }
                          SetofOptions: {
        from: "*"
        to: "interview_sessions"
        isOneToOne: true
        isSetofReturn: false
      } },
"create_interview_session":
{ Args: { "p_company"?: string,"p_custom_role"?: string,"p_difficulty"?: string,"p_email"?: string,"p_interaction_mode"?: string,"p_interview_type"?: string,"p_job_description_filename"?: string,"p_job_description_text"?: string,"p_job_role"?: string,"p_resume_filename"?: string,"p_resume_text"?: string,"p_session_id"?: string,"p_tech_stack"?: (string)[],"p_title"?: string,"p_total_questions"?: number,"p_user_id"?: string }; Returns: {
              "ai_cost_usd": number,
"ai_fallback_used": boolean,
"ai_processing_ms": number,
"ai_provider": string | null,
"company": string | null,
"completed_at": string | null,
"created_at": string,
"custom_role": string | null,
"difficulty": string,
"duration_minutes": number | null,
"duration_seconds": number,
"email": string,
"ended_at": string | null,
"feedback": Json | null,
"id": string,
"interaction_mode": string,
"interview_type": string,
"job_description_filename": string | null,
"job_description_text": string | null,
"job_role": string,
"questions_answered": number,
"resume_filename": string | null,
"resume_text": string | null,
"score": number | null,
"session_id": string,
"started_at": string | null,
"statistics": NonNullable<Json>,
"status": string,
"tech_stack": (string)[],
"title": string,
"total_questions": number,
"updated_at": string,
"used_bonus_interview": boolean,
"user_id": string
            }
                          SetofOptions: {
        from: "*"
        to: "interview_sessions"
        isOneToOne: true
        isSetofReturn: false
      } },
"delete_my_account":
{ Args: { "p_confirm": string }; Returns: undefined
                           },
"finish_interview_completion":
{ Args: { "p_duration_seconds"?: number,"p_feedback"?: Json,"p_interview_id": string,"p_report"?: Json,"p_score": number,"p_skill_gaps"?: Json,"p_statistics"?: Json,"p_usage"?: Json }; Returns: Json
                           },
"finish_notification":
{ Args: { "p_error"?: string,"p_id": number,"p_max_attempts"?: number,"p_ok": boolean,"p_provider_message_id"?: string }; Returns: string
                           },
"forget_stripe_event":
{ Args: { "p_event_id": string }; Returns: undefined
                           },
"get_bank_question_reveal":
{ Args: { "p_bank_question_id": string }; Returns: {
              "bank_question_id": string,"evaluation_criteria": Json,"expected_answer": string,"key_points": (string)[],"sample_code": string,"test_cases": Json
            }[]
                           },
"get_dashboard":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"get_interview_report_page":
{ Args: { "p_interview_id": string }; Returns: Json
                           },
"get_my_account_status":
{ Args: Record<PropertyKey, never>; Returns: string
                           },
"get_my_archived_data":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"get_my_archived_interviews":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"get_plan_usage":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"get_question_reveal":
{ Args: { "p_question_id": string }; Returns: {
              "evaluation_criteria": Json,"expected_answer": string,"key_points": (string)[],"question_id": string,"sample_code": string,"test_cases": Json
            }[]
                           },
"get_referral_summary":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"get_shared_report":
{ Args: { "p_token": string }; Returns: Json
                           },
"get_user_interview_history":
{ Args: { "p_limit"?: number,"p_offset"?: number,"p_status"?: string,"p_user_id"?: string }; Returns: {
              "company": string,"completed_at": string,"created_at": string,"custom_role": string,"difficulty": string,"duration_minutes": number,"id": string,"interaction_mode": string,"interview_type": string,"job_description_filename": string,"job_role": string,"questions_answered": number,"resume_filename": string,"score": number,"session_id": string,"started_at": string,"status": string,"title": string,"total_count": number,"total_questions": number
            }[]
                           },
"get_user_stats":
{ Args: { "p_user_id"?: string }; Returns: Json
                           },
"hook_password_verification_attempt":
{ Args: { "event": Json }; Returns: Json
                           },
"link_skill_gap_resources":
{ Args: { "p_limit"?: number,"p_skill_gap_id": string }; Returns: number
                           },
"mark_stripe_event_processed":
{ Args: { "p_error"?: string,"p_event_id": string }; Returns: undefined
                           },
"record_ai_usage":
{ Args: { "p_events": Json }; Returns: number
                           },
"record_stripe_event":
{ Args: { "p_created"?: string,"p_event_id": string,"p_livemode"?: boolean,"p_payload"?: Json,"p_type": string }; Returns: boolean
                           },
"release_ai_call_slot":
{ Args: { "p_slot_id": number }; Returns: undefined
                           },
"release_interview_completion":
{ Args: { "p_claimed_at": string,"p_interview_id": string,"p_slot_id"?: number }; Returns: undefined
                           },
"release_response_scoring":
{ Args: { "p_claimed_at": string,"p_response_id": string,"p_slot_id"?: number }; Returns: undefined
                           },
"renew_completion_claim":
{ Args: { "p_claimed_at": string,"p_interview_id": string }; Returns: string
                           },
"renew_scoring_claim":
{ Args: { "p_claimed_at": string,"p_response_id": string }; Returns: string
                           },
"save_generated_questions":
{ Args: { "p_interview_id": string,"p_questions": Json,"p_slot_id"?: number,"p_usage"?: Json }; Returns: Json
                           },
"save_response_evaluation":
{ Args: { "p_claimed_at": string,"p_response_id": string,"p_result": Json,"p_usage"?: Json }; Returns: Json
                           },
"save_subscription":
{ Args: { "p_row": Json }; Returns: undefined
                           },
"set_my_notification_preferences":
{ Args: { "p_report_ready": boolean,"p_weekly_progress": boolean }; Returns: Json
                           },
"submit_response":
{ Args: { "p_answer_text"?: string,"p_audio_path"?: string,"p_client_test_results"?: Json,"p_code_answer"?: string,"p_code_language"?: string,"p_question_id": string,"p_speaking_duration_seconds"?: number,"p_time_taken_seconds"?: number,"p_transcript"?: string }; Returns: {
              "ai_feedback": string | null,
"ai_model": string | null,
"ai_provider": string | null,
"answer_text": string | null,
"audio_path": string | null,
"client_test_results": Json | null,
"code_answer": string | null,
"code_language": string | null,
"created_at": string,
"delivery_metrics": Json | null,
"dimension_scores": Json | null,
"evaluated_at": string | null,
"id": string,
"improved_answer": string | null,
"interview_id": string,
"missed_key_points": (string)[],
"question_id": string,
"rubric": Json | null,
"score": number | null,
"scoring_started_at": string | null,
"speaking_duration_seconds": number | null,
"strengths": (string)[],
"submitted_at": string,
"test_results": Json | null,
"time_taken_seconds": number | null,
"transcript": string | null,
"updated_at": string,
"user_id": string,
"weaknesses": (string)[]
            }
                          SetofOptions: {
        from: "*"
        to: "interview_responses"
        isOneToOne: true
        isSetofReturn: false
      } },
"take_ai_call_slot":
{ Args: { "p_max": number,"p_operation": string,"p_user_id": string,"p_window_seconds": number }; Returns: number
                           },
"update_interview_progress":
{ Args: { "p_duration_minutes"?: number,"p_duration_seconds"?: number,"p_questions_answered"?: number,"p_session_id": string }; Returns: {
              "ai_cost_usd": number,
"ai_fallback_used": boolean,
"ai_processing_ms": number,
"ai_provider": string | null,
"company": string | null,
"completed_at": string | null,
"created_at": string,
"custom_role": string | null,
"difficulty": string,
"duration_minutes": number | null,
"duration_seconds": number,
"email": string,
"ended_at": string | null,
"feedback": Json | null,
"id": string,
"interaction_mode": string,
"interview_type": string,
"job_description_filename": string | null,
"job_description_text": string | null,
"job_role": string,
"questions_answered": number,
"resume_filename": string | null,
"resume_text": string | null,
"score": number | null,
"session_id": string,
"started_at": string | null,
"statistics": NonNullable<Json>,
"status": string,
"tech_stack": (string)[],
"title": string,
"total_questions": number,
"updated_at": string,
"used_bonus_interview": boolean,
"user_id": string
            }
                          SetofOptions: {
        from: "*"
        to: "interview_sessions"
        isOneToOne: true
        isSetofReturn: false
      } }
          }
          Enums: {
            [_ in never]: never
          }
          CompositeTypes: {
            [_ in never]: never
          }
        }
}

type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
  ? (DefaultSchema["Tables"] & DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
      Row: infer R
    }
    ? R
    : never
  : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Insert: infer I
    }
    ? I
    : never
  : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Update: infer U
    }
    ? U
    : never
  : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never
> = DefaultSchemaEnumNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
  ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
  : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never
> = PublicCompositeTypeNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
  ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
  : never

export const Constants = {
  "public": {
          Enums: {
            
          }
        }
} as const
